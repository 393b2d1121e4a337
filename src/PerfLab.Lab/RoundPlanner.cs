namespace PerfLab.Lab;

/// <summary>
/// Turns a run seed into rounds. Round k's seed is <c>runSeed + k</c> (src/PerfLab.Lab/README.md, "Rounds"; both are
/// recorded), and inside a round every unit (a suite, or a side of an A/B) runs exactly once, in an order shuffled
/// from that seed: a slow period of the machine then hits every suite and both sides alike instead of always the
/// same one.
/// </summary>
public static class RoundPlanner
{
    /// <summary>The largest run seed accepted: round seeds stay positive ints for every round count we allow.</summary>
    public const int MaxRunSeed = int.MaxValue - MaxRounds;

    public const int MaxRounds = 1000;

    public static int RoundSeed(int runSeed, int round) => runSeed + round;

    public static IReadOnlyList<RoundPlan<T>> Plan<T>(IReadOnlyList<T> units, int rounds, int runSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rounds, MaxRounds);
        ArgumentOutOfRangeException.ThrowIfNegative(runSeed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(runSeed, MaxRunSeed);
        return Enumerable.Range(1, rounds).Select(k =>
        {
            var seed = RoundSeed(runSeed, k);
            var order = units.ToArray();
            // Random(int) is the seeded, version-stable generator: the same seed gives the same order on every machine.
            new Random(seed).Shuffle(order);
            return new RoundPlan<T>(k, seed, order);
        }).ToArray();
    }

    /// <summary>A fresh run seed, for runs that were not given one (recorded in run.json, so the run can be replayed).</summary>
    public static int NewRunSeed() => Random.Shared.Next(0, MaxRunSeed);
}
