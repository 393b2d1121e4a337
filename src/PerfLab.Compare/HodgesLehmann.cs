using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;

namespace PerfLab.Compare;

/// <summary>
/// The Hodges-Lehmann two-sample shift (the median of all pairwise differences) and its exact, distribution-free
/// confidence interval (Moses; Bauer 1972): from the <c>k</c>-th smallest to the <c>k</c>-th largest of the sorted
/// pairwise differences, where <c>k</c> comes from the exact Mann-Whitney U distribution. The interval is exactly the set of
/// shifts a two-sided Mann-Whitney test at the same level does not reject, so "the interval excludes zero" and
/// "Mann-Whitney says the samples differ" are one statement.
/// </summary>
public static class HodgesLehmann
{
    /// <summary>Above this many observations in total the exact U distribution is replaced by its normal approximation.</summary>
    private const int ExactLimit = 100;

    /// <summary>All differences <c>difference(y, x)</c> over the pairs of <paramref name="x"/> and <paramref name="y"/>, sorted.</summary>
    public static double[] PairwiseDifferences(IReadOnlyList<double> x, IReadOnlyList<double> y, Func<double, double, double> difference)
    {
        var result = new double[x.Count * y.Count];
        var index = 0;
        foreach (var xi in x)
        foreach (var yj in y)
            result[index++] = difference(yj, xi);
        Array.Sort(result);
        return result;
    }

    /// <summary>
    /// The rank <c>k</c> of the interval's ends (the <c>k</c>-th smallest and <c>k</c>-th largest pairwise difference)
    /// for a two-sided interval of at least <paramref name="confidenceLevel"/>: the largest <c>k</c> with
    /// P(U &lt; k) ≤ (1 − level) / 2 under "no shift".
    /// Zero means the samples are too small for any such interval.
    /// </summary>
    public static int CriticalCount(int n, int m, double confidenceLevel)
    {
        var tail = (1 - confidenceLevel) / 2;
        IMannWhitneyCdf cdf = n + m <= ExactLimit ? MannWhitneyLoefflerExactCdf.Instance : MannWhitneyNormalApproxCdf.Instance;
        var k = 0;
        // Perfolizer's Cdf(n, m, u) is P(U < u); U ranges over 0..n*m and is symmetric, so k stays below n*m/2.
        while (k + 1 <= n * m / 2 && cdf.Cdf(n, m, k + 1) <= tail) k++;
        return k;
    }

    /// <summary>The confidence actually achieved by the interval of rank <paramref name="k"/> (the U distribution is discrete).</summary>
    public static double AchievedConfidence(int n, int m, int k)
    {
        IMannWhitneyCdf cdf = n + m <= ExactLimit ? MannWhitneyLoefflerExactCdf.Instance : MannWhitneyNormalApproxCdf.Instance;
        return 1 - 2 * cdf.Cdf(n, m, k);
    }

    /// <summary>The smallest equal number of launches per side that admits an interval at <paramref name="confidenceLevel"/>.</summary>
    public static int MinimumLaunchesPerSide(double confidenceLevel)
    {
        var n = 1;
        while (CriticalCount(n, n, confidenceLevel) == 0) n++;
        return n;
    }

    /// <summary>From the <paramref name="k"/>-th smallest to the <paramref name="k"/>-th largest (k ≥ 1) of sorted pairwise differences.</summary>
    public static Bounds Interval(IReadOnlyList<double> sortedDifferences, int k) =>
        new(sortedDifferences[k - 1], sortedDifferences[sortedDifferences.Count - k]);
}
