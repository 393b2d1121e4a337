namespace PerfLab.Results.Estimation;

/// <summary>
/// Whether a case's measured iterations still trend (it was measured before steady state: tiered compilation, OSR or
/// PGO still at work, or a cache still warming). Rule: a Mann-Kendall trend test at 5% two-sided AND a Theil-Sen
/// slope that moves the series by at least <see cref="MinimumChange"/> of its median over its length.
/// Why these two: both are rank-based, so the skewed, outlier-prone iteration times of a benchmark neither fake nor
/// hide a trend (a least-squares slope would follow one slow iteration); the test alone would flag drifts of 0.5% on
/// long quiet series, which matter to nobody, and the magnitude alone would flag noise on short noisy ones. 5% is half
/// the lab's 10% threshold for calling a difference: a drift that size inside a round can move a ratio visibly.
/// The variance ignores autocorrelation (consecutive iterations are mildly correlated), which makes the test a little
/// eager; the magnitude condition is what keeps a flat noisy series unflagged.
/// </summary>
public static class TrendTest
{
    /// <summary>Fewer iterations than this are not assessed (the test has no power and its normal approximation fails).</summary>
    public const int MinimumCount = 8;

    public const double MinimumChange = 0.05;

    /// <summary>|Z| beyond this: significant at 5% two-sided.</summary>
    public const double CriticalZ = 1.959964;

    /// <summary>The trend of a series in measurement order; null when it is shorter than <see cref="MinimumCount"/>.</summary>
    public static TrendResult? Of(IReadOnlyList<double> series)
    {
        var n = series.Count;
        if (n < MinimumCount) return null;

        var s = 0;
        var slopes = new double[n * (n - 1) / 2];
        var k = 0;
        for (var i = 0; i < n - 1; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                s += Math.Sign(series[j] - series[i]);
                slopes[k++] = (series[j] - series[i]) / (j - i);
            }
        }

        // Variance of S under no trend, corrected for tied values (identical timer readings happen on coarse clocks).
        var ties = series.GroupBy(v => v).Select(g => g.Count()).Where(t => t > 1);
        var variance = (n * (n - 1.0) * (2 * n + 5) - ties.Sum(t => t * (t - 1.0) * (2 * t + 5))) / 18;
        var z = variance <= 0 ? 0 : (s - Math.Sign(s)) / Math.Sqrt(variance);

        var median = Quantiles.MedianOf(series);
        var change = median > 0 ? Quantiles.MedianOf(slopes) * (n - 1) / median : 0;
        return new TrendResult(n, z, change, Math.Abs(z) >= CriticalZ && Math.Abs(change) >= MinimumChange);
    }
}
