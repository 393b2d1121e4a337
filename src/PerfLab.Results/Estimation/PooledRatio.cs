namespace PerfLab.Results.Estimation;

/// <summary>
/// A ratio of two cases (technique ÷ reference) pooled over rounds: it is computed within each round, where both ran
/// on the same machine state (close in time, same build), so what drifts between rounds cancels out; the round ratios
/// are summarized by their median with a distribution-free interval for it (<see cref="MedianInterval"/>). An interval that contains 1 is a tie: the rounds
/// do not establish which of the two is faster.
/// </summary>
/// <param name="RoundRatios">One ratio per round in which both cases were measured, in round order.</param>
/// <param name="Interval">Null with a single round (one ratio has no interval).</param>
public sealed record PooledRatio(IReadOnlyList<double> RoundRatios, double Median, MedianInterval? Interval)
{
    /// <summary>The interval spans 1.00: neither is faster. Without an interval (one round) nothing is established either.</summary>
    public bool IsTie => Interval?.Contains(1) ?? false;

    /// <summary>The interval lies entirely below 1: the technique is faster than the reference.</summary>
    public bool IsBelowOne => Interval is { Upper: < 1 };

    /// <summary>The interval lies entirely above 1: the technique is slower than the reference.</summary>
    public bool IsAboveOne => Interval is { Lower: > 1 };

    /// <summary>Pools the ratios of the rounds both cases have (round number → value); null when they share none.</summary>
    public static PooledRatio? Between(IReadOnlyDictionary<int, double> technique, IReadOnlyDictionary<int, double> reference)
    {
        var ratios = technique.Keys.Intersect(reference.Keys).Order()
            .Where(round => reference[round] > 0 && technique[round] > 0)
            .Select(round => technique[round] / reference[round])
            .ToArray();
        return ratios.Length == 0 ? null : new PooledRatio(ratios, Quantiles.MedianOf(ratios), MedianInterval.Of(ratios));
    }
}
