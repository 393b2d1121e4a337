using System.Globalization;

namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// PostgreSQL's side of an insert case: one binary COPY in one durable transaction into a table of the case's kind on a
/// private copy of the suite's template, reset before every iteration to the same <see cref="ExistingRows"/> customers
/// right after a checkpoint (<see cref="PostgresCustomerInsert"/> says what a commit costs here).
/// </summary>
public sealed class PostgresInsertCase : IIndexInsertCase
{
    /// <summary>
    /// Rows already in the table: the customers of the read comparisons' data set, so new keys land among existing
    /// ones in B-trees of several levels. Fewer than SQLite's 100,000 because every iteration copies them in again.
    /// </summary>
    public const int ExistingRows = PostgresIndexDatabase.Scale;

    private readonly PostgresIndexCopy _copy = new();
    private PostgresCustomerInsert? _insert;

    /// <summary>Inserts into <paramref name="table"/>.</summary>
    public void Use(PostgresInsertTable table)
    {
        _insert?.Dispose();
        _insert = PostgresCustomerInsert.Start(_copy.ConnectionString, table, ExistingRows, IndexInsertComparison.NewRows);
    }

    public void BeforeIteration() => _insert!.Reset();

    public void AfterIteration() { }

    public int Insert() => _insert!.Insert();

    /// <summary>
    /// Heap and index bytes before and after one insert from the starting state, the WAL that insert wrote (full-page
    /// images included), and the server's settings (durability among them).
    /// </summary>
    public IReadOnlyDictionary<string, string> Metrics()
    {
        _insert!.Reset();
        var (table, indexes) = _insert.MeasureSizes();
        var wal = _insert.MeasureWalBytes();
        var (tableAfter, indexesAfter) = _insert.MeasureSizes();
        return new Dictionary<string, string>
        {
            ["TableBytes"] = table.ToString(CultureInfo.InvariantCulture),
            ["IndexesBytes"] = indexes.ToString(CultureInfo.InvariantCulture),
            ["TableBytesAfterInsert"] = tableAfter.ToString(CultureInfo.InvariantCulture),
            ["IndexesBytesAfterInsert"] = indexesAfter.ToString(CultureInfo.InvariantCulture),
            ["WalBytes"] = wal.ToString(CultureInfo.InvariantCulture),
            [PostgresSettings.MetricName] = PostgresServer.DescribeSettings(_insert.Connection),
        };
    }

    /// <summary>Closes the table, then drops the database.</summary>
    public void Close()
    {
        _insert?.Dispose();
        _insert = null;
        _copy.Dispose();
    }
}
