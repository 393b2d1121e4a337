using System.Globalization;

namespace PerfLab.Bench.Indexes;

/// <summary>
/// Shared setup of the read benchmarks: each benchmark method names its access path in its own
/// <c>[GlobalSetup(Target = ...)]</c>, which opens a private copy of that variant's database only (a million-row
/// variant is ~150 MB; opening every variant for every case would copy them all). Reports the file size, the plan
/// SQLite chose and the connection's settings (page-cache size among them), so the output shows which path each row
/// really took and how much of the file the cache could hold.
/// </summary>
public abstract class AccessPathBenchmarks<TRow, TKey> : ILabMetricSource where TRow : class
{
    private AccessPathDatabase<TRow>? _database;

    // 10,000: fits in SQLite's default 2 MB page cache. 1,000,000: ~150 MB, far beyond the page cache: how each path's
    // cost grows with the table. The middle size (100,000) was cut to fit protocol v2's budget (a suite's run of 5 rounds
    // within 15 minutes); the two ends keep the "fits in cache / does not" contrast.
    [Params(10_000, 1_000_000)]
    public int Rows { get; set; }

    protected PreparedQuery<TRow> Query => _database!.Query;

    /// <summary>The access path this process measures (null before its setup): tests check two rows run the same SQL.</summary>
    public AccessPath<TRow>? Path { get; private set; }

    protected KeyCycle<TKey> Keys { get; private set; } = null!;

    protected CustomerKeySample Sample => CustomerKeySample.For(Rows);

    [GlobalCleanup]
    public void CloseDatabase()
    {
        _database?.Dispose();
        _database = null;
    }

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => new Dictionary<string, string>
    {
        ["FileBytes"] = _database!.MeasureFileSize().ToString(CultureInfo.InvariantCulture),
        ["QueryPlan"] = _database.Plan,
        [SqliteSettings.MetricName] = _database.Settings.ToString(),
    };

    protected void Open(AccessPath<TRow> path, TKey[] keys)
    {
        CloseDatabase();
        Keys = new KeyCycle<TKey>(keys);
        Path = path;
        _database = path.Open(Rows);
    }
}
