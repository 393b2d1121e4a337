using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PerfLab.Bench.Common;

/// <summary>How thoroughly a run measures: chosen with <c>--profile</c>, passed through by the perflab tool.</summary>
public sealed record LabProfile(string Name, Job? Job, string Description)
{
    /// <summary>
    /// BenchmarkDotNet's Dry job, in process: one invocation of every benchmark, to prove it runs (CI), not to time it.
    /// </summary>
    public static readonly LabProfile Quick = new(LabNames.Profiles.Quick,
        Job.Dry.WithToolchain(InProcessEmitToolchain.DontLogOutput).WithId("LabQuick"),
        "Dry job in process: proves every benchmark runs; its times mean nothing.");

    /// <summary>Protocol v2: the only profile whose exports may be published (see <see cref="ResultsJob"/>).</summary>
    public static readonly LabProfile Results = new(LabNames.Profiles.Results, ResultsJob.Create(), ResultsJob.Description);

    /// <summary>
    /// Jobs named on the command line (<c>--job</c>, <c>--runtimes</c>) instead of a profile: recorded as such in the
    /// export, so a run is never mistaken for one of the lab's profiles.
    /// </summary>
    public static readonly LabProfile CommandLine = new("custom", null, "Job(s) chosen with BenchmarkDotNet's own command-line options.");

    /// <summary>The profiles a user can name with <c>--profile</c>.</summary>
    public static IReadOnlyList<LabProfile> All { get; } = [Quick, Results];

    /// <summary>The v1 profile measured before steady state; naming it is an error that points to its replacement.</summary>
    private const string Retired = LabNames.Profiles.Retired;

    public static LabProfile Parse(string name)
    {
        if (string.Equals(name, Retired, StringComparison.OrdinalIgnoreCase))
        {
            throw new BadInputException($"profile '{Retired}' was retired (it measured before steady state): use '{Results.Name}'");
        }
        return All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new BadInputException($"unknown profile '{name}' (expected one of: {string.Join(", ", All.Select(p => p.Name))})");
    }
}
