namespace PerfLab.Reporting.Pages;

/// <summary>
/// How the lab's metrics (<c>ILabMetricSource</c>) are shown: a metric whose values in a comparison are all numbers
/// gets a table column (byte counts formatted as bytes); any other metric (a query plan) is listed below the table.
/// </summary>
internal static class MetricColumns
{
    public static IReadOnlyList<string> Numeric(Comparison comparison) =>
        Names(comparison).Where(name => Values(comparison, name).All(v => Formatting.TryParseNumber(v, out _))).ToArray();

    public static IReadOnlyList<string> Text(Comparison comparison) =>
        Names(comparison).Except(Numeric(comparison), StringComparer.Ordinal).ToArray();

    public static string Format(string metric, string? value)
    {
        if (value is null) return "–";
        if (!Formatting.TryParseNumber(value, out var number)) return value;
        if (metric.EndsWith("Bytes", StringComparison.Ordinal) && number == Math.Floor(number) && Math.Abs(number) < long.MaxValue)
            return Formatting.Bytes((long)number);
        // Other numbers as the benchmark reported them (a hit ratio of 0.95 stays 0.95); whole numbers get separators.
        return number == Math.Floor(number) && Math.Abs(number) < long.MaxValue ? Formatting.Integer((long)number) : value;
    }

    /// <summary>Metric names in ordinal order; PayloadBytes (the serialization comparison's key fact) first.</summary>
    private static IEnumerable<string> Names(Comparison comparison) =>
        comparison.Rows
            .SelectMany(r => r.Benchmark.Metrics?.Keys ?? [])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n == "PayloadBytes" ? 0 : 1)
            .ThenBy(n => n, StringComparer.Ordinal);

    private static IEnumerable<string> Values(Comparison comparison, string name) =>
        comparison.Rows.Select(r => r.Benchmark.Metrics?.GetValueOrDefault(name)).OfType<string>();
}
