using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace PerfLab.Bench.Common;

/// <summary>How thoroughly a run measures: chosen with <c>--profile</c>, passed through by run-benchmarks.ps1.</summary>
public sealed record LabProfile(string Name, Job? Job, string Description)
{
    /// <summary>
    /// BenchmarkDotNet's Dry job, in process: one invocation of every benchmark, to prove it runs (CI), not to time it.
    /// </summary>
    public static readonly LabProfile Quick = new("quick",
        Job.Dry.WithToolchain(InProcessEmitToolchain.DontLogOutput).WithId("Quick"),
        "Dry job in process: proves every benchmark runs; its times mean nothing.");

    /// <summary>
    /// The profile behind the committed results. One launch, 3 warm-up and 15 measured iterations of about
    /// 100 ms: 15 is the least that gives the comparison a usable sample, and 100 ms per iteration keeps the whole
    /// lab within 30 minutes on two cores. Run-to-run noise is handled by repeating launches (run-benchmarks.ps1 -Base),
    /// not by longer single launches.
    /// </summary>
    public static readonly LabProfile Default = new("default",
        Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithId("Default"),
        "1 launch, 3 warm-up + 15 measured iterations of ~100 ms.");

    /// <summary>
    /// Jobs named on the command line (<c>--job</c>, <c>--runtimes</c>) instead of a profile: recorded as such in the
    /// export, so a run is never mistaken for one of the lab's profiles.
    /// </summary>
    public static readonly LabProfile CommandLine = new("custom", null, "Job(s) chosen with BenchmarkDotNet's own command-line options.");

    /// <summary>The profiles a user can name with <c>--profile</c>.</summary>
    public static IReadOnlyList<LabProfile> All { get; } = [Quick, Default];

    public static LabProfile Parse(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new LabUsageException($"unknown profile '{name}' (expected one of: {string.Join(", ", All.Select(p => p.Name))})");
}
