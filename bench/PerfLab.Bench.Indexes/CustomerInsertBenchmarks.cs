using System.Globalization;
using PerfLab.Data.Domain;

namespace PerfLab.Bench.Indexes;

/// <summary>
/// Shared setup of the write benchmarks: each invocation inserts the same 10,000 new customers, in one transaction,
/// into a fresh private copy of a 100,000-row table, with no WAL checkpoint in the timed region (see
/// <see cref="CustomerInsert"/>).
/// </summary>
/// <remarks>
/// An insert changes the table it measures, so each invocation needs its own starting state: <c>[IterationSetup]</c>
/// copies the cached template before every iteration (not timed) and <c>[InvocationCount(1)]</c> makes each iteration
/// exactly one insert (BenchmarkDotNet would otherwise run many invocations after a single setup). One invocation
/// takes tens of milliseconds, far above the timer's resolution, so nothing is lost by not unrolling.
/// </remarks>
[InvocationCount(1)]
public abstract class CustomerInsertBenchmarks : ILabMetricSource
{
    /// <summary>Rows already in the table: ~14 MB, several B-tree levels and far larger than SQLite's 2 MB page cache, so new
    /// rows land among existing ones. One size only: the comparison is between indexes, and each case copies the file
    /// once per iteration.</summary>
    public const int ExistingRows = 100_000;

    /// <summary>Rows inserted per invocation: enough that per-row index maintenance dominates the commit.</summary>
    public const int NewRows = 10_000;

    private CustomerTableVariant _variant = null!;
    private Customer[] _rows = null!;
    private CustomerInsert? _insert;

    [IterationSetup]
    public void CopyStartingDatabase() => _insert = CustomerInsert.Start(_variant, ExistingRows);

    [IterationCleanup]
    public void DeleteDatabase()
    {
        _insert?.Dispose();
        _insert = null;
    }

    /// <summary>
    /// File size before and after one insert (random keys split pages and grow the file more), and the settings the
    /// insert runs under (journal mode, synchronous level, auto-checkpoint off, page cache), the same for every variant.
    /// </summary>
    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        using var insert = CustomerInsert.Start(_variant, ExistingRows);
        var settings = insert.Settings.ToString();
        var before = insert.MeasureFileSize();
        insert.Insert(_rows);
        return new Dictionary<string, string>
        {
            ["FileBytes"] = before.ToString(CultureInfo.InvariantCulture),
            ["FileBytesAfterInsert"] = insert.MeasureFileSize().ToString(CultureInfo.InvariantCulture),
            [SqliteSettings.MetricName] = settings,
        };
    }

    protected int Insert() => _insert!.Insert(_rows);

    protected void Use(CustomerTableVariant variant)
    {
        _variant = variant;
        _rows = CustomerInsert.NewCustomers(ExistingRows, NewRows);
    }
}
