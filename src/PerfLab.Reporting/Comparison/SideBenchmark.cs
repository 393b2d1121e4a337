using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Compare;

/// <summary>One benchmark on one side, pooled over the side's exports.</summary>
/// <param name="Group">Its comparison: the lab's first category, else its type (as the report groups).</param>
/// <param name="IsBaseline">Whether it is its group's baseline (the lab's marker).</param>
/// <param name="Launches">Per-launch values, one per process launch over all exports, in export then launch order.</param>
/// <param name="AllocatedBytes">Bytes allocated per operation, one entry per export that measured it.</param>
public sealed record SideBenchmark(
    string FullName,
    string Group,
    bool IsBaseline,
    IReadOnlyList<LaunchValue> Launches,
    IReadOnlyList<long> AllocatedBytes)
{
    public bool Failed => Launches.Count == 0;

    public static SideBenchmark From(string fullName, IReadOnlyList<(BenchmarkExport Export, BenchmarkResult Benchmark)> runs)
    {
        var first = runs[0].Benchmark;
        return new SideBenchmark(
            fullName,
            first.Categories is [var category, ..] ? category : first.Type,
            first.Baseline == true,
            runs.SelectMany(r => r.Benchmark.Launches.Select(l => new LaunchValue(r.Export.SourcePath, l.LaunchIndex, l.Median))).ToArray(),
            runs.Select(r => r.Benchmark.Memory?.BytesAllocatedPerOperation).OfType<long>().ToArray());
    }

    public static SideBenchmark FailedEverywhere(string fullName) => new(fullName, "", false, [], []);
}
