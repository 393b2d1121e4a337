using System.Text.Json;

namespace PerfLab.Lab;

/// <summary>What an A/B confirmation re-runs: the benchmarks compare called slower, read from its --json output.</summary>
public static class ConfirmationFilter
{
    /// <summary>Full names of the benchmarks with verdict "slower" in a <c>compare --json</c> file.</summary>
    public static IReadOnlyList<string> Regressed(string comparisonJson)
    {
        using var document = JsonDocument.Parse(comparisonJson);
        if (!document.RootElement.TryGetProperty("benchmarks", out var benchmarks) || benchmarks.ValueKind != JsonValueKind.Array) return [];
        return benchmarks.EnumerateArray()
            .Where(b => b.TryGetProperty("verdict", out var verdict) && verdict.ValueKind == JsonValueKind.String && verdict.GetString() == "slower")
            .Select(b => b.GetProperty("fullName").GetString()!)
            .ToArray();
    }

    /// <summary>BenchmarkDotNet's --filter works on methods (all their parameter cases run): "Ns.Type.Method(Scale: 100)" -> "Ns.Type.Method".</summary>
    public static IReadOnlyList<string> Methods(IEnumerable<string> fullNames) =>
        fullNames.Select(n => n.Split('(', 2)[0]).Distinct(StringComparer.Ordinal).ToArray();
}
