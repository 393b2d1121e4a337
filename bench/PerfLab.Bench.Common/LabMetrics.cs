using System.Collections.Concurrent;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PerfLab.Bench.Common;

/// <summary>
/// A benchmark class that knows facts about what it measures beyond time and allocations: payload bytes,
/// a query plan, a file size. They become summary columns and are written into the JSON export under "Metrics".
/// </summary>
public interface ILabMetricSource
{
    /// <summary>Metric name to value for one benchmark method, asked after <c>[GlobalSetup]</c> has run.</summary>
    IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod);
}

/// <summary>
/// Computes <see cref="ILabMetricSource"/> metrics in the host process: it creates the benchmark, applies the case's
/// parameters, runs its global setup, asks for the metrics and runs its global cleanup. Values are cached per case,
/// so columns and exporters can ask as often as they like.
/// </summary>
public sealed class LabMetrics : IColumnProvider
{
    public static readonly LabMetrics Instance = new();

    private readonly ConcurrentDictionary<BenchmarkCase, IReadOnlyDictionary<string, string>> _cache = new();

    /// <summary>The metrics of one case; a setup that throws yields a "MetricsError" entry rather than failing the summary.</summary>
    public IReadOnlyDictionary<string, string> For(BenchmarkCase benchmark) => _cache.GetOrAdd(benchmark, ComputeSafely);

    private static IReadOnlyDictionary<string, string> ComputeSafely(BenchmarkCase benchmark)
    {
        try
        {
            return Compute(benchmark);
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return new Dictionary<string, string> { ["MetricsError"] = $"{cause.GetType().Name}: {cause.Message}" };
        }
    }

    public IEnumerable<IColumn> GetColumns(Summary summary) =>
        summary.BenchmarksCases
            .SelectMany(c => For(c).Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => new MetricColumn(this, name));

    private static IReadOnlyDictionary<string, string> Compute(BenchmarkCase benchmark)
    {
        var descriptor = benchmark.Descriptor;
        if (!typeof(ILabMetricSource).IsAssignableFrom(descriptor.Type)) return new Dictionary<string, string>();

        var instance = Activator.CreateInstance(descriptor.Type)!;
        foreach (var parameter in benchmark.Parameters.Items)
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
            if (descriptor.Type.GetProperty(parameter.Name, flags) is { } property) property.SetValue(instance, parameter.Value);
            else descriptor.Type.GetField(parameter.Name, flags)?.SetValue(instance, parameter.Value);
        }

        Invoke(descriptor.GlobalSetupMethod, instance);
        try
        {
            return ((ILabMetricSource)instance).GetLabMetrics(descriptor.WorkloadMethod.Name);
        }
        finally
        {
            Invoke(descriptor.GlobalCleanupMethod, instance);
        }
    }

    private static void Invoke(MethodInfo? method, object instance)
    {
        if (method is null) return;
        if (method.Invoke(instance, null) is Task task) task.GetAwaiter().GetResult();
    }

    private sealed class MetricColumn(LabMetrics metrics, string name) : IColumn
    {
        public string Id => "LabMetric." + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => false;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"{name}: reported by the benchmark itself (see its class)";
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            metrics.For(benchmarkCase).TryGetValue(name, out var value) ? value : "-";
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(Summary summary) => true;
    }
}
