using System.Text.Json.Serialization;
using System.Text.Json;

namespace PerfLab.Compare;

/// <summary>The comparison as machine-readable JSON (camelCase, verdicts as strings, every launch value included so anyone can recompute).</summary>
public static class CompareJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Render(CompareResult report) => JsonSerializer.Serialize(new
    {
        schema = "perflab-compare/1",
        policy = new { report.Policy.Threshold, report.Policy.NoiseFloorNanoseconds, report.Policy.ConfidenceLevel },
        @base = new { path = report.BasePath, machines = report.BaseMachines.Select(m => m.ToString()) },
        diff = new { path = report.DiffPath, machines = report.DiffMachines.Select(m => m.ToString()) },
        report.Normalized,
        report.EnvironmentDifferences,
        summary = new
        {
            regressions = report.WithVerdict(Verdict.Slower).Count(),
            improvements = report.WithVerdict(Verdict.Faster).Count(),
            inconclusive = report.WithVerdict(Verdict.Inconclusive).Count(),
            unchanged = report.WithVerdict(Verdict.Same).Count(),
            allocationChanges = report.Benchmarks.Count(b => b.Allocation.Changed),
            report.GeometricMeanRatio,
            report.LoadGeometricMeanRatio,
        },
        benchmarks = report.Benchmarks.Select(b => new
        {
            b.FullName,
            b.Group,
            verdict = b.Time?.Verdict,
            reason = b.Time?.Reason ?? b.NotCompared,
            ratio = b.Time?.Ratio,
            ratioInterval = b.Time?.RatioInterval,
            confidence = b.Time?.Confidence,
            minimumDetectableShift = b.Time?.MinimumDetectableShift,
            shift = b.Time?.Shift,
            shiftInterval = b.Time?.ShiftInterval,
            measure = b.Measure ?? "time per operation",
            unit = report.Normalized ? "ratio to category baseline" : b.Measure is null ? "ns/op" : "ns",
            baseMedian = b.Time?.BaseMedian,
            diffMedian = b.Time?.DiffMedian,
            baseLaunches = b.Time?.BaseValues,
            diffLaunches = b.Time?.DiffValues,
            allocatedBytes = new { @base = b.Allocation.Base, diff = b.Allocation.Diff, changed = b.Allocation.Changed, delta = b.Allocation.Delta },
        }),
        report.Added,
        report.Removed,
        report.Failed,
    }, Options) + "\n";
}
