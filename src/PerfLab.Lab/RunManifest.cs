namespace PerfLab.Lab;

/// <summary>
/// run.json (src/PerfLab.Lab/README.md, "Layout and run.json"): everything needed to know what a run of one suite
/// measured and to resume it — suite, run id, seeds, profile, commit, the BenchmarkDotNet arguments, and per round its
/// seed, order, timing and outcome. The invocation's whole selection (<see cref="Suites"/>,
/// <see cref="Reproducibility"/>) is recorded too, so --resume can rebuild the run without being told again.
/// </summary>
public sealed record RunManifest
{
    public const string FileName = "run.json";

    public int Schema { get; init; } = 1;

    public required string Suite { get; init; }

    /// <summary>null for a plain run; "base" or "head" for one side of an A/B.</summary>
    public string? Side { get; init; }

    public required string RunId { get; init; }

    /// <summary>1 for the run to publish, 2 for the independent reproducibility run of the same build (--reproducibility).</summary>
    public int Pass { get; init; } = 1;

    public required string Profile { get; init; }

    public required string Commit { get; init; }

    public required int RunSeed { get; init; }

    public required int Rounds { get; init; }

    public required IReadOnlyList<string> Suites { get; init; }

    public bool Reproducibility { get; init; }

    public required IReadOnlyList<string> BenchmarkArgs { get; init; }

    /// <summary>
    /// <c>--placement</c>: split or shared, given to the bench programs as <c>PERFLAB_PLACEMENT</c>; null for their default
    /// (split wherever two CPUs are allowed). What was in force is read back into every export of a case that calls a server.
    /// </summary>
    public string? Placement { get; init; }

    /// <summary>With <c>--reproduce</c>: the published run this one repeats (built from its commit); null otherwise.</summary>
    public string? Reproduces { get; init; }

    public RunStatus Status { get; init; } = RunStatus.Running;

    public required DateTimeOffset StartedUtc { get; init; }

    /// <summary>
    /// The machine the run started on (<see cref="PerfLab.Machine.MachineIdentity"/>: CPU, microcode, caches, memory,
    /// kernel, boot id): each round's export records its own, with the probes of the machine's speed at its start.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Machine { get; init; }

    public DateTimeOffset? FinishedUtc { get; init; }

    public required IReadOnlyList<RoundRecord> RoundLog { get; init; }

    /// <summary>The rounds a resume must run again: all but those that finished ok and whose export is still there.</summary>
    public IReadOnlyList<int> UnfinishedRounds(Func<RoundRecord, bool> exportPresent) =>
        RoundLog.Where(r => r.Status != RoundStatus.Ok || !exportPresent(r)).Select(r => r.Index).ToArray();

    public RunManifest WithRound(int index, Func<RoundRecord, RoundRecord> change) =>
        this with { RoundLog = RoundLog.Select(r => r.Index == index ? change(r) : r).ToArray() };
}
