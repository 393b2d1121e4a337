namespace PerfLab.Lab;

/// <summary>What an A/B confirmation re-runs: the methods of the benchmarks compare called slower.</summary>
public static class ConfirmationFilter
{
    /// <summary>BenchmarkDotNet's --filter works on methods (all their parameter cases run): "Ns.Type.Method(Scale: 100)" -> "Ns.Type.Method".</summary>
    public static IReadOnlyList<string> Methods(IEnumerable<string> fullNames) =>
        fullNames.Select(n => n.Split('(', 2)[0]).Distinct(StringComparer.Ordinal).ToArray();
}
