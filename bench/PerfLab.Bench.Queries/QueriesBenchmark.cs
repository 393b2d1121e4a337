using PerfLab.Queries;

namespace PerfLab.Bench.Queries;

/// <summary>
/// What every queries benchmark shares: a private copy of one <see cref="OrderListVariant"/> database at
/// <see cref="QueryLab.Scale"/> customers (a million orders; copied from the template cache, built once per machine),
/// opened by the benchmark's own setup, and the metrics every comparison reports: the SQLite settings its techniques
/// run under and, where it has one, the plan of the statement the row runs.
/// </summary>
public abstract class QueriesBenchmark : ILabMetricSource
{
    /// <summary>The database of this process (null until a setup ran).</summary>
    public QueryLab? Lab { get; private set; }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        Cleanup();
        Lab?.Dispose();
        Lab = null;
    }

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var metrics = new Dictionary<string, string> { [SqliteSettings.MetricName] = Lab!.Settings.ToString() };
        if (PlanOf(benchmarkMethod) is { } plan) metrics["QueryPlan"] = plan;
        foreach (var (name, value) in MoreMetrics(benchmarkMethod)) metrics[name] = value;
        return metrics;
    }

    /// <summary>Opens a private copy of <paramref name="variant"/> (closing any earlier one).</summary>
    protected QueryLab Open(OrderListVariant variant)
    {
        Lab?.Dispose();
        Lab = QueryLab.Open(variant);
        return Lab;
    }

    /// <summary>The plan of the statement a row runs, one line; null for rows whose SQL is written by EF Core or per call.</summary>
    protected virtual string? PlanOf(string benchmarkMethod) => null;

    protected virtual IEnumerable<(string Name, string Value)> MoreMetrics(string benchmarkMethod) => [];

    protected virtual void Cleanup() { }
}
