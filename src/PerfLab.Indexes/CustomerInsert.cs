using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PerfLab.Indexes;

/// <summary>
/// The write-cost workload: append the next generated customers (ids following the existing ones, so the rowid grows
/// sequentially while emails and GUIDs land anywhere in their B-trees) to a private copy of a variant's database.
/// </summary>
/// <remarks>
/// One <see cref="CustomerInsert"/> is one measured insert from a known state: <see cref="Start"/> copies the cached
/// template (a fresh file, not a table emptied by DELETE, whose free pages would change the next insert's cost),
/// <see cref="Insert"/> writes the rows in one transaction, <see cref="Dispose"/> deletes the copy.
/// The measured insert never checkpoints: SQLite's automatic checkpoint (after a commit that leaves more than 1,000
/// pages in the WAL) is turned off on the inserting connection, so the timed commit appends the new pages to the WAL
/// and nothing else. Left on, it ran only in the variants whose insert crossed the threshold (the indexed and the
/// randomly clustered ones), putting a copy of the WAL into the database and an fsync into their timed region alone.
/// The pages written are still each variant's own (more indexes, more pages); the WAL is folded into the database
/// when the copy is closed, outside the timed region.
/// </remarks>
public sealed class CustomerInsert : IDisposable
{
    private static readonly ConcurrentDictionary<(int, int), Lazy<Customer[]>> SharedRows = new();

    private readonly LabDatabase _database;
    private readonly SqliteConnection _connection;

    private CustomerInsert(LabDatabase database)
    {
        _database = database;
        try
        {
            _connection = database.OpenConnection();
            // WAL's recommended durability: a commit is not fsync'ed (a checkpoint is), so the measurement is the
            // B-tree work of the insert, not the shared machine's disk flush latency. No automatic checkpoint: see the remarks.
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0";
            command.ExecuteNonQuery();
        }
        catch
        {
            _connection?.Dispose();
            database.Dispose();
            throw;
        }
    }

    public SqliteConnection Connection => _connection;

    /// <summary>A private copy of <paramref name="variant"/> holding the first <paramref name="existingRows"/> customers.</summary>
    public static CustomerInsert Start(CustomerTableVariant variant, int existingRows) =>
        new(LabDatabase.Create(IndexDatabases.Spec(variant, existingRows)));

    /// <summary>
    /// The <paramref name="count"/> customers the generator makes after the first <paramref name="existingRows"/>
    /// (its streams are prefix-stable: the first rows of a larger scale are the rows of the smaller one).
    /// </summary>
    public static Customer[] NewCustomers(int existingRows, int count) =>
        SharedRows.GetOrAdd((existingRows, count), key => new Lazy<Customer[]>(() =>
            new CommerceDataGenerator(key.Item1 + key.Item2).Customers().Skip(key.Item1).ToArray())).Value;

    /// <summary>Inserts the rows in one transaction through one prepared statement; returns the number written.</summary>
    public int Insert(IEnumerable<Customer> rows)
    {
        using var transaction = _connection.BeginTransaction();
        var written = CommerceTables.Customers.Write(_connection, transaction, rows);
        transaction.Commit();
        return written;
    }

    public long MeasureFileSize() => _database.MeasureFileSize();

    /// <summary>The journal mode, synchronous level, auto-checkpoint and page cache the insert runs under.</summary>
    public SqliteSettings Settings => SqliteSettings.Read(_connection);

    public void Dispose()
    {
        _connection.Dispose();
        _database.Dispose();
    }
}
