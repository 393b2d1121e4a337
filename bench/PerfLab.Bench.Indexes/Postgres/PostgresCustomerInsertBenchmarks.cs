using System.Globalization;

namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// Shared setup of the PostgreSQL write benchmarks: each invocation inserts the same 10,000 new customers with one
/// binary COPY in one durable transaction into a table reset, before every iteration, to the same
/// <see cref="ExistingRows"/> customers right after a checkpoint (<see cref="PostgresCustomerInsert"/> says what a
/// commit costs here).
/// </summary>
/// <remarks>
/// As for SQLite's inserts: <c>[IterationSetup]</c> restores the starting state (not timed) and
/// <c>[InvocationCount(1)]</c> makes each iteration exactly one insert.
/// </remarks>
[InvocationCount(1)]
public abstract class PostgresCustomerInsertBenchmarks : PostgresIndexBenchmark, ILabMetricSource
{
    /// <summary>
    /// Rows already in the table: the customers of the read comparisons' data set, so new keys land among existing
    /// ones in B-trees of several levels. Fewer than SQLite's 100,000 because every iteration copies them in again.
    /// </summary>
    public const int ExistingRows = PostgresIndexDatabase.Scale;

    /// <summary>Rows inserted per invocation, as on SQLite.</summary>
    public const int NewRows = 10_000;

    private PostgresCustomerInsert? _insert;

    [IterationSetup]
    public void ResetTable() => _insert!.Reset();

    /// <summary>
    /// Heap and index bytes before and after one insert from the starting state, the WAL that insert wrote (full-page
    /// images included), and the server's settings (durability among them).
    /// </summary>
    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
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

    protected int Insert() => _insert!.Insert();

    protected void Use(PostgresInsertTable table)
    {
        Close();
        _insert = PostgresCustomerInsert.Start(Database, table, ExistingRows, NewRows);
    }

    protected override void Close()
    {
        _insert?.Dispose();
        _insert = null;
    }
}
