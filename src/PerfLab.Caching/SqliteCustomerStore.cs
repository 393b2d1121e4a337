using Microsoft.Data.Sqlite;
using PerfLab.Data.Domain;
using PerfLab.Data.Sqlite;

namespace PerfLab.Caching;

/// <summary>
/// The uncached read and the write path: one open connection to the commerce database with a prepared SELECT and a
/// prepared UPDATE, the fastest ADO.NET path. A write raises <see cref="Changed"/> after it commits, which is how
/// invalidate-on-write learns about it.
/// </summary>
/// <remarks>
/// One connection serves all callers under a lock (SQLite connections are not thread-safe); uncontended it costs
/// a few nanoseconds, and the stampede scenario needs concurrent loaders to be safe. The connection runs
/// <c>synchronous = NORMAL</c>, the usual production setting in WAL mode (a commit does not wait for fsync), so a
/// write costs what it costs a real service rather than a disk flush.
/// </remarks>
public sealed class SqliteCustomerStore : ICustomerRepository, IDisposable
{
    // The columns in CommerceTables' order: the reader below reads them by ordinal.
    private static readonly string SelectSql = $"SELECT {string.Join(", ", CommerceTables.Customers.Columns)} FROM Customers WHERE Id = $id";

    private const string UpdateSql =
        "UPDATE Customers SET ExternalId = $externalId, Email = $email, Name = $name, City = $city, Country = $country, " +
        "Phone = $phone, CreatedAt = $createdAt, LoyaltyPoints = $loyaltyPoints WHERE Id = $id";

    private readonly Lock _lock = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _select;
    private readonly SqliteParameter _selectId;
    private readonly SqliteCommand _update;

    public SqliteCustomerStore(LabDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _connection = database.OpenConnection();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = NORMAL";
            pragma.ExecuteNonQuery();
        }

        _select = _connection.CreateCommand();
        _select.CommandText = SelectSql;
        _selectId = _select.Parameters.Add(new SqliteParameter("$id", SqliteType.Integer));
        _select.Prepare();

        _update = _connection.CreateCommand();
        _update.CommandText = UpdateSql;
        foreach (var name in (string[])["$id", "$externalId", "$email", "$name", "$city", "$country", "$phone", "$createdAt", "$loyaltyPoints"])
        {
            _update.Parameters.Add(new SqliteParameter(name, null));
        }
        _update.Prepare();
    }

    /// <summary>Raised with the customer's id after an update has committed.</summary>
    public event Action<long>? Changed;

    public Customer Read(long id)
    {
        lock (_lock)
        {
            _selectId.Value = id;
            using var reader = _select.ExecuteReader();
            if (!reader.Read()) throw new KeyNotFoundException($"no customer with id {id}");
            return new Customer
            {
                Id = reader.GetInt64(0),
                ExternalId = Guid.Parse(reader.GetString(1)),
                Email = reader.GetString(2),
                Name = reader.GetString(3),
                City = reader.GetString(4),
                Country = reader.GetString(5),
                Phone = reader.IsDBNull(6) ? null : reader.GetString(6),
                CreatedAt = SqliteValues.ParseTimestamp(reader.GetString(7)),
                LoyaltyPoints = reader.GetInt32(8),
            };
        }
    }

    public ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default) => new(Read(id));

    public void Update(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        lock (_lock)
        {
            var p = _update.Parameters;
            p["$id"].Value = customer.Id;
            p["$externalId"].Value = SqliteValues.Guid(customer.ExternalId);
            p["$email"].Value = customer.Email;
            p["$name"].Value = customer.Name;
            p["$city"].Value = customer.City;
            p["$country"].Value = customer.Country;
            p["$phone"].Value = SqliteValues.Text(customer.Phone);
            p["$createdAt"].Value = SqliteValues.Timestamp(customer.CreatedAt);
            p["$loyaltyPoints"].Value = customer.LoyaltyPoints;
            if (_update.ExecuteNonQuery() != 1) throw new KeyNotFoundException($"no customer with id {customer.Id}");
        }
        Changed?.Invoke(customer.Id);
    }

    public ValueTask UpdateAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        Update(customer);
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _select.Dispose();
        _update.Dispose();
        _connection.Dispose();
    }
}
