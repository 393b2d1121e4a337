using Microsoft.Data.Sqlite;
using PerfLab.Data.Domain;
using PerfLab.Data.Sqlite.IndexVariants;

namespace PerfLab.Transactions.CommitCost;

/// <summary>
/// One measured insert of the commit-cost comparison: a fresh private database (a customers table holding the
/// generator's first customer) under one <see cref="DurabilitySetting"/>, into which <see cref="Insert"/> writes the
/// next generated customers, committing every N rows.
/// </summary>
/// <remarks>
/// A fresh file per call (not a table emptied by DELETE) keeps every call's starting state identical. The rows are
/// bound straight through SQLitePCLRaw on one statement prepared once (<see cref="TableWriter{T}.Prepare"/>), and each
/// batch is one Microsoft.Data.Sqlite transaction (<c>BEGIN IMMEDIATE</c> … <c>COMMIT</c>), so the time per row is the
/// row's insert plus its share of a commit. In WAL mode no checkpoint runs in the timed region: 10,000 rows stay below
/// the 1,000-page automatic checkpoint, and the WAL is folded into the database when the copy is closed.
/// </remarks>
public sealed class CommitCostInsert : IDisposable
{
    private static readonly Lazy<Customer[]> SharedRows = new(() =>
        new CommerceDataGenerator(ExistingRows + CommitBatching.TotalRows).Customers().Skip(ExistingRows).ToArray());

    /// <summary>Customers already in the table (the template cannot be empty: the generator's scale is at least 1).</summary>
    public const int ExistingRows = 1;

    private readonly LabDatabase _database;
    private readonly SqliteConnection _connection;
    private readonly TableWriter<Customer>.PreparedInsert _insert;

    private CommitCostInsert(DurabilitySetting setting)
    {
        Setting = setting;
        _database = LabDatabase.Create(new DatabaseSpec(CustomerTableVariant.RowidPrimaryKey, ExistingRows));
        try
        {
            _connection = _database.OpenConnection();
            setting.Apply(_connection);
            _insert = CommerceTables.Customers.Prepare(_connection);
        }
        catch
        {
            _connection?.Dispose();
            _database.Dispose();
            throw;
        }
    }

    /// <summary>The 10,000 customers every case inserts a prefix of (ids 2 to 10,001), in order.</summary>
    public static IReadOnlyList<Customer> Rows => SharedRows.Value;

    public DurabilitySetting Setting { get; }

    public SqliteConnection Connection => _connection;

    /// <summary>A private database under <paramref name="setting"/>, ready for one insert.</summary>
    public static CommitCostInsert Start(DurabilitySetting setting) => new(setting);

    /// <summary>Inserts the first <paramref name="rowCount"/> rows, committing every <paramref name="rowsPerTransaction"/>; returns the rows written.</summary>
    public int Insert(int rowCount, int rowsPerTransaction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerTransaction, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowCount, CommitBatching.TotalRows);
        var rows = SharedRows.Value;
        var written = 0;
        for (var start = 0; start < rowCount; start += rowsPerTransaction)
        {
            var batch = new ArraySegment<Customer>(rows, start, Math.Min(rowsPerTransaction, rowCount - start));
            using var transaction = _connection.BeginTransaction();
            written += _insert.Write(transaction, batch);
            transaction.Commit();
        }
        return written;
    }

    /// <summary>The settings the insert runs under (journal mode, synchronous, checkpoint, cache), for the page.</summary>
    public SqliteSettings Settings => SqliteSettings.Read(_connection);

    public void Dispose()
    {
        _insert.Dispose();
        _connection.Dispose();
        _database.Dispose();
    }
}
