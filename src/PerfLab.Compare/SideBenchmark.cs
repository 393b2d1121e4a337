namespace PerfLab.Compare;

/// <summary>One benchmark on one side, pooled over the side's exports.</summary>
/// <param name="Group">Its comparison: the lab's first category, else its type (as the report groups).</param>
/// <param name="IsBaseline">Whether it is its group's baseline (the lab's marker).</param>
/// <param name="Launches">Per-launch values, one per process launch over all exports, in export then launch order.</param>
/// <param name="AllocatedBytes">Bytes allocated per operation, one entry per export that measured it.</param>
/// <param name="Measure">What <paramref name="Launches"/> hold when it is not the time per operation (<see cref="LoadMeasure"/>); null for time.</param>
public sealed record SideBenchmark(
    string FullName,
    string Group,
    bool IsBaseline,
    IReadOnlyList<LaunchValue> Launches,
    IReadOnlyList<long> AllocatedBytes,
    string? Measure = null)
{
    /// <summary>
    /// A load case's value per export (per round: one launch): its latency p99 merged over the round's load runs, in ns.
    /// Its time is only a load run's duration; the tail latency is what a change to it would move.
    /// </summary>
    public const string LoadMeasure = "latency p99 under load";

    public bool Failed => Launches.Count == 0;

    public static SideBenchmark From(string fullName, IReadOnlyList<(BenchmarkExport Export, BenchmarkResult Benchmark)> runs)
    {
        var first = runs[0].Benchmark;
        var load = runs.Where(r => r.Benchmark.Load is not null).ToArray();
        return new SideBenchmark(
            fullName,
            first.Categories is [var category, ..] ? category : first.Type,
            first.Baseline == true,
            load.Length > 0
                ? load.Select(r => new LaunchValue(r.Export.SourcePath, r.Benchmark.Launches.Select(l => l.LaunchIndex).DefaultIfEmpty(1).First(), r.Benchmark.Load!.Latency.P99Ns)).ToArray()
                : runs.SelectMany(r => r.Benchmark.Launches.Select(l => new LaunchValue(r.Export.SourcePath, l.LaunchIndex, l.Median))).ToArray(),
            runs.Select(r => r.Benchmark.Memory?.BytesAllocatedPerOperation).OfType<long>().ToArray(),
            load.Length > 0 ? LoadMeasure : null);
    }

    public static SideBenchmark FailedEverywhere(string fullName) => new(fullName, "", false, [], []);
}
