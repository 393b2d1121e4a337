using System.Collections.Concurrent;

namespace PerfLab.Bench.Common;

/// <summary>
/// Comparisons whose rows a run could not measure here (e.g. Redis without a redis-server binary), with the one-line
/// reason: recorded by the benchmark class when it drops its cases, written into the export, so the report can say why
/// a headline finding is not measured instead of guessing.
/// </summary>
public static class LabSkips
{
    private static readonly ConcurrentDictionary<string, string> Skipped = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="comparison"/>'s rows were skipped, and prints the reason once.</summary>
    public static void Record(string suite, string comparison, string reason)
    {
        if (Skipped.TryAdd(comparison, reason)) Console.WriteLine($"perflab {suite}: {comparison} skipped: {reason}");
    }

    /// <summary>Comparison → reason, ordinal by comparison.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All => Skipped.OrderBy(s => s.Key, StringComparer.Ordinal).ToArray();
}
