using System.Globalization;

namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// Shared setup of the PostgreSQL read benchmarks: each method's <c>[GlobalSetup(Target = ...)]</c> opens its access
/// path (one prepared statement on one variant) with its keys. Reports the plan the statement runs with, the shared
/// buffers one execution hits and reads, the variant's heap and index sizes (all its indexes, and the one the plan reads), and the server's settings.
/// </summary>
public abstract class PostgresAccessPathBenchmarks<TRow, TKey> : PostgresIndexBenchmark, ILabMetricSource where TRow : class where TKey : notnull
{
    private PostgresAccessPathDatabase<TRow>? _path;

    protected PostgresAccessPathDatabase<TRow> Query => _path!;

    protected KeyCycle<TKey> Keys { get; private set; } = null!;

    protected static CustomerKeySample Sample => CustomerKeySample.For(PostgresIndexDatabase.Scale);

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var (table, indexes, planIndex) = _path!.MeasureSizes();
        return new Dictionary<string, string>
        {
            ["QueryPlan"] = _path.Plan.Describe(),
            ["SharedBuffersHit"] = _path.Plan.SharedBuffersHit.ToString(CultureInfo.InvariantCulture),
            ["SharedBuffersRead"] = _path.Plan.SharedBuffersRead.ToString(CultureInfo.InvariantCulture),
            ["TableBytes"] = table.ToString(CultureInfo.InvariantCulture),
            ["IndexesBytes"] = indexes.ToString(CultureInfo.InvariantCulture),
            ["PlanIndexBytes"] = planIndex.ToString(CultureInfo.InvariantCulture),
            [PostgresSettings.MetricName] = _path.DescribeSettings(),
        };
    }

    protected void Open(PostgresAccessPath<TRow> path, TKey[] keys)
    {
        Close();
        Keys = new KeyCycle<TKey>(keys);
        // The plan is explained with the first key the benchmark reads.
        object[] planParameters = keys[0] is ValueTuple<object, object> range ? [range.Item1, range.Item2] : [keys[0]];
        _path = path.Open(Database, planParameters);
    }

    protected override void Close()
    {
        _path?.Dispose();
        _path = null;
    }
}
