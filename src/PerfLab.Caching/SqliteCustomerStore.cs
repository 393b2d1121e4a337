using Microsoft.Data.Sqlite;
using PerfLab.Data.Rows;
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
/// write costs what it costs a real service rather than a disk flush; <see cref="Settings"/> reports it. The write
/// is an UPDATE of the one column the suite changes, as an application (or EF Core's change tracking) issues it:
/// rewriting every column would also rewrite the uniquely indexed Email, an index search and write per update.
/// </remarks>
public sealed class SqliteCustomerStore : ICustomerRepository, IDisposable
{
    // The columns in RowMapper's order: it reads them by ordinal.
    private static readonly string SelectSql = $"SELECT {RowMapper.CustomerColumns} FROM Customers WHERE Id = $id";

    private const string UpdateSql = "UPDATE Customers SET LoyaltyPoints = $loyaltyPoints WHERE Id = $id";

    private readonly Lock _lock = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _select;
    private readonly SqliteParameter _selectId;
    private readonly SqliteCommand _update;
    private readonly SqliteParameter _updateId;
    private readonly SqliteParameter _updatePoints;

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
        _updateId = _update.Parameters.Add(new SqliteParameter("$id", SqliteType.Integer));
        _updatePoints = _update.Parameters.Add(new SqliteParameter("$loyaltyPoints", SqliteType.Integer));
        _update.Prepare();
    }

    /// <summary>The journal mode, synchronous level, auto-checkpoint and page cache every write runs under.</summary>
    public SqliteSettings Settings
    {
        get
        {
            lock (_lock) return SqliteSettings.Read(_connection);
        }
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
            return RowMapper.Customer(new SqliteTextRow(reader));
        }
    }

    public ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default) => new(Read(id));

    /// <summary>Writes the customer's loyalty points, the only column the suite's writes change (see the remarks).</summary>
    public void UpdateLoyaltyPoints(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        lock (_lock)
        {
            _updateId.Value = customer.Id;
            _updatePoints.Value = customer.LoyaltyPoints;
            if (_update.ExecuteNonQuery() != 1) throw new KeyNotFoundException($"no customer with id {customer.Id}");
        }
        Changed?.Invoke(customer.Id);
    }

    public ValueTask UpdateLoyaltyPointsAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        UpdateLoyaltyPoints(customer);
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _select.Dispose();
        _update.Dispose();
        _connection.Dispose();
    }
}
