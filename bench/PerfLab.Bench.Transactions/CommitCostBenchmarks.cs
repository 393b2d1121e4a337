using System.Globalization;
using PerfLab.Transactions.CommitCost;

namespace PerfLab.Bench.Transactions;

/// <summary>
/// What a commit costs: the same generated customers inserted committing every 1, 10, 100 and 1,000 rows, under each
/// journal mode and synchronous level (one parameter group per setting, each with its own baseline: 1,000 rows per
/// transaction). Time is per inserted row; the small batches insert a prefix of the rows (see <see cref="CommitBatching"/>).
/// "Durability" states what the setting promises against a process crash and a power loss (SQLite's documentation).
/// </summary>
/// <remarks>
/// Each call needs a fresh database: <c>[IterationSetup]</c> copies an empty template (not timed) and
/// <c>[InvocationCount(1)]</c> makes each iteration one call, as the index suite's inserts do.
/// </remarks>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, transactions): with 40 one-call warm-up iterations the cases
// settled within 0-35 (per-row commits first, 1,000-row batches after 12-21): 40.
[WarmupCount(40)]
[InvocationCount(1)]
[BenchmarkCategory(Categories.Transactions.CommitCost)]
public class CommitCostBenchmarks : ILabMetricSource
{
    private CommitCostInsert? _insert;

    [Params(JournalMode.Delete, JournalMode.Wal)]
    public JournalMode JournalMode { get; set; }

    [Params(SynchronousLevel.Off, SynchronousLevel.Normal, SynchronousLevel.Full)]
    public SynchronousLevel Synchronous { get; set; }

    private DurabilitySetting Setting => new(JournalMode, Synchronous);

    [IterationSetup]
    public void StartDatabase() => _insert = CommitCostInsert.Start(Setting);

    [IterationCleanup]
    public void DeleteDatabase()
    {
        _insert?.Dispose();
        _insert = null;
    }

    [Benchmark(OperationsPerInvoke = CommitBatching.RowsPerCallAtEveryRow)]
    public int Insert_CommitEveryRow() => Insert(1);

    [Benchmark(OperationsPerInvoke = CommitBatching.RowsPerCallAtEvery10Rows)]
    public int Insert_CommitEvery10Rows() => Insert(10);

    [Benchmark(OperationsPerInvoke = CommitBatching.RowsPerCallAtEvery100Rows)]
    public int Insert_CommitEvery100Rows() => Insert(100);

    [Benchmark(Baseline = true, OperationsPerInvoke = CommitBatching.RowsPerCallAtEvery1000Rows)]
    public int Insert_CommitEvery1000Rows() => Insert(1_000);

    /// <summary>The batch size a benchmark method commits at (its name says it).</summary>
    public static int RowsPerTransactionOf(string benchmarkMethod) => benchmarkMethod switch
    {
        nameof(Insert_CommitEveryRow) => 1,
        nameof(Insert_CommitEvery10Rows) => 10,
        nameof(Insert_CommitEvery100Rows) => 100,
        nameof(Insert_CommitEvery1000Rows) => 1_000,
        _ => throw new ArgumentOutOfRangeException(nameof(benchmarkMethod), benchmarkMethod, null),
    };

    /// <summary>Rows and commits per call (the page's per-row times divide by the rows), the promise and the settings.</summary>
    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var rowsPerTransaction = RowsPerTransactionOf(benchmarkMethod);
        using var insert = CommitCostInsert.Start(Setting);
        return new Dictionary<string, string>
        {
            ["RowsPerCall"] = CommitBatching.RowsPerCall(rowsPerTransaction).ToString(CultureInfo.InvariantCulture),
            ["CommitsPerCall"] = CommitBatching.CommitsPerCall(rowsPerTransaction).ToString(CultureInfo.InvariantCulture),
            ["Durability"] = Setting.Promise,
            [SqliteSettings.MetricName] = insert.Settings.ToString(),
        };
    }

    private int Insert(int rowsPerTransaction) => _insert!.Insert(CommitBatching.RowsPerCall(rowsPerTransaction), rowsPerTransaction);
}
