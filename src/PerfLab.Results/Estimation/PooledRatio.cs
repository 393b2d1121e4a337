namespace PerfLab.Results.Estimation;

/// <summary>
/// A ratio of two cases (technique ÷ reference) pooled over rounds. Each round runs each case in a process of its own,
/// and on the lab's shared machines a process is either undisturbed or slowed for its whole life, never sped up
/// (bench/PerfLab.Bench.Common/results-profile.md, "Best round"). So the estimate divides the two cases' best rounds
/// (<see cref="BestOf"/>): each side's least-disturbed process, which two runs on two boots find alike far more often
/// than they find the same median of round ratios, since which rounds were slowed is chance. Whether one is faster is
/// still decided round by round: the interval is the distribution-free interval of the median of the round ratios
/// (<see cref="MedianInterval"/>), which always holds the estimate up to 8 rounds ([min, max]) and is widened to hold
/// it beyond. An interval that contains 1 is a tie: the rounds do not establish which of the two is faster.
/// </summary>
/// <param name="RoundRatios">One ratio per round in which both cases were measured, in round order.</param>
/// <param name="Estimate">The technique's best round ÷ the reference's best round, over the rounds both were measured in.</param>
/// <param name="Interval">Null with a single round (one ratio has no interval).</param>
public sealed record PooledRatio(IReadOnlyList<double> RoundRatios, double Estimate, MedianInterval? Interval)
{
    /// <summary>The interval spans 1.00: neither is faster. Without an interval (one round) nothing is established either.</summary>
    public bool IsTie => Interval?.Contains(1) ?? false;

    /// <summary>The interval lies entirely below 1: the technique is faster than the reference.</summary>
    public bool IsBelowOne => Interval is { Upper: < 1 };

    /// <summary>The interval lies entirely above 1: the technique is slower than the reference.</summary>
    public bool IsAboveOne => Interval is { Lower: > 1 };

    /// <summary>A case's time over its rounds: its best (lowest) round value, the one least slowed by the machine.</summary>
    public static double BestOf(IEnumerable<double> roundValues) => roundValues.Min();

    /// <summary>Pools the ratios of the rounds both cases have (round number → value); null when they share none.</summary>
    public static PooledRatio? Between(IReadOnlyDictionary<int, double> technique, IReadOnlyDictionary<int, double> reference)
    {
        var rounds = technique.Keys.Intersect(reference.Keys).Order()
            .Where(round => reference[round] > 0 && technique[round] > 0)
            .ToArray();
        if (rounds.Length == 0) return null;
        var ratios = rounds.Select(round => technique[round] / reference[round]).ToArray();
        var estimate = BestOf(rounds.Select(r => technique[r])) / BestOf(rounds.Select(r => reference[r]));
        // best ÷ best lies between two round ratios: the ratio in the technique's best round is at most it (that round's
        // reference is no faster than its best), the ratio in the reference's best round at least it. So it is within
        // [min, max], and only an interval narrower than that (9 rounds or more) can miss it.
        var interval = MedianInterval.Of(ratios) is { } i
            ? i with { Lower = Math.Min(i.Lower, estimate), Upper = Math.Max(i.Upper, estimate) }
            : null;
        return new PooledRatio(ratios, estimate, interval);
    }
}
