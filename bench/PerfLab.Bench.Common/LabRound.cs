namespace PerfLab.Bench.Common;

/// <summary>
/// Which round of which results run this invocation is (<c>--run --round --rounds --seed</c>, passed by the perflab
/// tool). A round runs every selected case once, in the order drawn from <see cref="Seed"/>; the report groups
/// exports by (suite, run, round).
/// </summary>
/// <param name="RunSeed">The run's seed the round seeds derive from (<c>Seed = RunSeed + Round</c> unless given).</param>
public sealed record LabRound(string Run, int Round, int Rounds, int RunSeed, int Seed)
{
    /// <summary>The run id of a direct <c>dotnet run</c> with no <c>--run</c>: one round of its own.</summary>
    public const string SingleRun = "single";

    /// <summary>A direct run: round 1 of 1 with a fresh seed, recorded so its order can be replayed.</summary>
    public static LabRound Single() => Create(SingleRun, 1, 1, runSeed: null, seed: Random.Shared.Next(1, int.MaxValue / 2));

    public static LabRound Create(string run, int round, int rounds, int? runSeed, int seed)
    {
        if (run.Length == 0 || run.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '\\'))
            throw new BadInputException($"--run '{run}' must be a non-empty id without spaces or path separators");
        if (rounds < 1) throw new BadInputException($"--rounds {rounds} must be at least 1");
        if (round < 1 || round > rounds) throw new BadInputException($"--round {round} must be between 1 and --rounds ({rounds})");
        return new LabRound(run, round, rounds, runSeed ?? seed - round, seed);
    }
}
