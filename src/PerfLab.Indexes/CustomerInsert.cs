using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite.IndexVariants;
using PerfLab.Data.Sqlite;

namespace PerfLab.Indexes;

/// <summary>
/// The write-cost workload: append the next generated customers (ids following the existing ones, so the rowid grows
/// sequentially while emails and GUIDs land anywhere in their B-trees) to a private copy of a variant's database.
/// </summary>
/// <remarks>
/// One <see cref="CustomerInsert"/> is one measured insert from a known state: <see cref="Start"/> copies the cached
/// template (a fresh file, not a table emptied by DELETE, whose free pages would change the next insert's cost),
/// <see cref="Insert"/> writes the rows in one transaction, <see cref="Dispose"/> deletes the copy.
/// The cost includes the WAL checkpoint SQLite runs after a commit that leaves more than 1,000 pages in the log:
/// every extra index or page split writes more pages, and copying them into the database is part of what they cost.
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
            // B-tree work of the insert, not the shared machine's disk flush latency.
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = NORMAL";
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

    public void Dispose()
    {
        _connection.Dispose();
        _database.Dispose();
    }
}
