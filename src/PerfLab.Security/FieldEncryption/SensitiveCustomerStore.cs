using System.Globalization;
using Microsoft.Data.Sqlite;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Data.Rows;
using PerfLab.Data.Sqlite;

namespace PerfLab.Security.FieldEncryption;

/// <summary>
/// A private SQLite database (WAL, <c>synchronous = NORMAL</c> as the caching suite's store) of generated customers
/// whose sensitive fields (email, name, phone) are stored under one <see cref="FieldProtection"/>, with the fastest
/// ADO.NET path: one open connection and prepared statements. A read is a customer by id with every field opened; a
/// write is a profile edit, an UPDATE of the three sensitive columns. Deleted with its directory on dispose.
/// </summary>
/// <remarks>
/// Neither table has an index on Email: a sealed value cannot be indexed for lookups (its nonce makes every
/// encryption of an address different), which would need a keyed hash ("blind index") column; not measured here.
/// </remarks>
public sealed class SensitiveCustomerStore : IDisposable
{
    // The columns in RowMapper's order: it reads them by ordinal.
    private static readonly string Columns = RowMapper.CustomerColumns;

    private readonly string _directory;
    private readonly SqliteConnection _connection;
    private readonly IFieldCodec _codec;
    private readonly SqliteCommand _select;
    private readonly SqliteParameter _selectId;
    private readonly SqliteCommand _update;
    private readonly SqliteParameter _updateId;
    private readonly SqliteParameter _updateEmail;
    private readonly SqliteParameter _updateName;
    private readonly SqliteParameter _updatePhone;

    private SensitiveCustomerStore(FieldProtection protection, IFieldCodec codec, IReadOnlyList<Customer> customers)
    {
        Protection = protection;
        _codec = codec;
        Customers = customers;
        _directory = Directory.CreateTempSubdirectory("perflab-security-").FullName;
        try
        {
            var path = Path.Combine(_directory, "customers.db");
            // Not pooled: disposing the connection releases the file, so the directory can be deleted.
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            _connection.Open();
            Execute("PRAGMA journal_mode = WAL");
            Execute("PRAGMA synchronous = NORMAL");
            var sensitive = codec.ColumnType == SqliteType.Blob ? "BLOB" : "TEXT";
            Execute($"""
                CREATE TABLE Customers (
                    Id INTEGER PRIMARY KEY,
                    ExternalId TEXT NOT NULL,
                    Email {sensitive} NOT NULL,
                    Name {sensitive} NOT NULL,
                    City TEXT NOT NULL,
                    Country TEXT NOT NULL,
                    Phone {sensitive} NULL,
                    CreatedAt TEXT NOT NULL,
                    LoyaltyPoints INTEGER NOT NULL
                )
                """);
            Load(customers);

            _select = _connection.CreateCommand();
            _select.CommandText = $"SELECT {Columns} FROM Customers WHERE Id = $id";
            _selectId = _select.Parameters.Add(new SqliteParameter("$id", SqliteType.Integer));
            _select.Prepare();

            _update = _connection.CreateCommand();
            _update.CommandText = "UPDATE Customers SET Email = $email, Name = $name, Phone = $phone WHERE Id = $id";
            _updateId = _update.Parameters.Add(new SqliteParameter("$id", SqliteType.Integer));
            _updateEmail = _update.Parameters.Add(new SqliteParameter("$email", codec.ColumnType));
            _updateName = _update.Parameters.Add(new SqliteParameter("$name", codec.ColumnType));
            _updatePhone = _update.Parameters.Add(new SqliteParameter("$phone", codec.ColumnType));
            _update.Prepare();
        }
        catch
        {
            _connection?.Dispose();
            Directory.Delete(_directory, recursive: true);
            throw;
        }
    }

    public FieldProtection Protection { get; }

    /// <summary>The customers the database was loaded with, in id order (1..scale).</summary>
    public IReadOnlyList<Customer> Customers { get; }

    /// <param name="keys">The AES-GCM keys (default: a fresh random key); ignored for plaintext.</param>
    public static SensitiveCustomerStore Create(FieldProtection protection, int scale, FieldKeyRing? keys = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        var customers = new CommerceDataGenerator(scale).Customers().ToArray();
        IFieldCodec codec = protection switch
        {
            FieldProtection.Plaintext => new PlaintextCodec(),
            FieldProtection.AesGcm => new AesGcmCodec(keys ?? FieldKeyRing.Generate()),
            _ => throw new ArgumentOutOfRangeException(nameof(protection)),
        };
        try
        {
            return new SensitiveCustomerStore(protection, codec, customers);
        }
        catch
        {
            codec.Dispose();
            throw;
        }
    }

    public Customer Read(long id)
    {
        _selectId.Value = id;
        using var reader = _select.ExecuteReader();
        if (!reader.Read()) throw new KeyNotFoundException($"no customer with id {id}");
        return RowMapper.Customer(new SensitiveRow(reader, _codec, reader.GetInt64(0)));
    }

    /// <summary>Saves a customer's sensitive fields (autocommit: one transaction per write).</summary>
    public void Write(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        _updateId.Value = customer.Id;
        _updateEmail.Value = _codec.Encode(customer.Email, customer.Id, SensitiveField.Email);
        _updateName.Value = _codec.Encode(customer.Name, customer.Id, SensitiveField.Name);
        _updatePhone.Value = _codec.Encode(customer.Phone, customer.Id, SensitiveField.Phone);
        if (_update.ExecuteNonQuery() != 1) throw new KeyNotFoundException($"no customer with id {customer.Id}");
    }

    /// <summary>The stored bytes of the three sensitive columns of one row, averaged over the table.</summary>
    public double SensitiveBytesPerRow()
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            "SELECT avg(length(CAST(Email AS BLOB)) + length(CAST(Name AS BLOB)) + coalesce(length(CAST(Phone AS BLOB)), 0)) FROM Customers";
        return Convert.ToDouble(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>A sensitive column exactly as stored (TEXT as a string, BLOB as bytes, NULL as null): what a stolen file shows.</summary>
    public object? RawValue(long id, SensitiveField field)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {field} FROM Customers WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Overwrites a sensitive column with a raw value, as someone with write access to the file could.</summary>
    public void WriteRawValue(long id, SensitiveField field, object? value)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"UPDATE Customers SET {field} = $value WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$value", value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>The journal mode, synchronous level, auto-checkpoint and page cache every write runs under.</summary>
    public SqliteSettings Settings => SqliteSettings.Read(_connection);

    public void Dispose()
    {
        _select.Dispose();
        _update.Dispose();
        _connection.Dispose();
        _codec.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private void Load(IReadOnlyList<Customer> customers)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO Customers ({Columns}) VALUES ($id, $externalId, $email, $name, $city, $country, $phone, $createdAt, $loyaltyPoints)";
        var id = insert.Parameters.Add(new SqliteParameter("$id", SqliteType.Integer));
        var externalId = insert.Parameters.Add(new SqliteParameter("$externalId", SqliteType.Text));
        var email = insert.Parameters.Add(new SqliteParameter("$email", _codec.ColumnType));
        var name = insert.Parameters.Add(new SqliteParameter("$name", _codec.ColumnType));
        var city = insert.Parameters.Add(new SqliteParameter("$city", SqliteType.Text));
        var country = insert.Parameters.Add(new SqliteParameter("$country", SqliteType.Text));
        var phone = insert.Parameters.Add(new SqliteParameter("$phone", _codec.ColumnType));
        var createdAt = insert.Parameters.Add(new SqliteParameter("$createdAt", SqliteType.Text));
        var loyaltyPoints = insert.Parameters.Add(new SqliteParameter("$loyaltyPoints", SqliteType.Integer));
        insert.Prepare();
        foreach (var customer in customers)
        {
            id.Value = customer.Id;
            externalId.Value = SqliteValues.Guid(customer.ExternalId);
            email.Value = _codec.Encode(customer.Email, customer.Id, SensitiveField.Email);
            name.Value = _codec.Encode(customer.Name, customer.Id, SensitiveField.Name);
            city.Value = customer.City;
            country.Value = customer.Country;
            phone.Value = _codec.Encode(customer.Phone, customer.Id, SensitiveField.Phone);
            createdAt.Value = SqliteValues.Timestamp(customer.CreatedAt);
            loyaltyPoints.Value = customer.LoyaltyPoints;
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
