using PerfLab.Compare;
using PerfLab.Tests.Shared;

namespace PerfLab.Compare.Tests;

/// <summary>Load cases in compare and power: weighed by their latency p99, kept out of the time figures.</summary>
public sealed class LoadCompareTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Compare_weighs_a_load_case_by_its_latency_p99_per_round_and_labels_it()
    {
        // The diff side's latencies are 50% higher at ThreeQuarters only; every time is the same on both sides.
        var baseSide = RunSide.Load(LoadExports.WriteRun(_scratch.Combine("base"), "b"));
        var diffSide = RunSide.Load(LoadExports.WriteRun(_scratch.Combine("diff"), "d", latency: (level, _) => level == "ThreeQuarters" ? 1.5 : 1));

        var result = RunComparer.Compare(baseSide, diffSide, ComparePolicy.Default, []);

        var tail = result.Benchmarks.Single(b => b.FullName == LoadExports.LoadName("ThreeQuarters"));
        Assert.Equal(SideBenchmark.LoadMeasure, tail.Measure);
        Assert.Equal(Verdict.Slower, tail.Time!.Verdict);
        Assert.Equal([8_000_000, 8_400_000, 8_800_000, 9_200_000, 9_600_000], tail.Time.BaseValues);
        var unchanged = result.Benchmarks.Single(b => b.FullName == LoadExports.LoadName("Quarter")).Time!;
        Assert.Equal(1, unchanged.Ratio, 6);
        Assert.NotEqual(Verdict.Slower, unchanged.Verdict);
        Assert.Null(result.Benchmarks.Single(b => b.FullName == "Lab.Load.CacheRead.Redis").Measure);

        var markdown = CompareMarkdown.Render(result);
        Assert.Contains($"| {LoadExports.LoadName("ThreeQuarters")} (latency p99 under load) | 8.800 ms | 13.20 ms |", markdown, StringComparison.Ordinal);
        Assert.Contains("Rows marked *latency p99 under load* are load cases", markdown, StringComparison.Ordinal);
        Assert.Contains("\"measure\": \"latency p99 under load\"", CompareJson.Render(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Power_leaves_load_cases_out()
    {
        var side = LoadExports.WriteRun(_scratch.Combine("a"), "a");
        var other = LoadExports.WriteRun(_scratch.Combine("b"), "b", startHour: 11);

        var rows = DetectionPower.Measure(RunSide.Load(side), RunSide.Load(other), ComparePolicy.Default, [0]);

        Assert.Equal(2, rows[0].Benchmarks); // the two timed cases only
    }

    [Fact]
    public void The_geometric_mean_of_the_time_ratios_leaves_load_cases_out_and_theirs_is_given_apart()
    {
        // Every time is the same on both sides; the load cases' latencies are 50% higher at ThreeQuarters only.
        var baseSide = RunSide.Load(LoadExports.WriteRun(_scratch.Combine("base"), "b"));
        var diffSide = RunSide.Load(LoadExports.WriteRun(_scratch.Combine("diff"), "d", latency: (level, _) => level == "ThreeQuarters" ? 1.5 : 1));

        var result = RunComparer.Compare(baseSide, diffSide, ComparePolicy.Default, []);

        Assert.Equal(1, result.GeometricMeanRatio!.Value, 6);
        Assert.Equal(Math.Cbrt(1.5), result.LoadGeometricMeanRatio!.Value, 6);
        Assert.Contains("geometric mean of the ratios 1.000; load cases apart, geometric mean of their latency p99 ratios 1.145.", CompareMarkdown.Render(result), StringComparison.Ordinal);
        Assert.Contains("\"loadGeometricMeanRatio\": 1.14", CompareJson.Render(result), StringComparison.Ordinal);
    }
}
