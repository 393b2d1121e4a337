namespace PerfLab.Results.Estimation;

/// <summary>
/// A distribution-free confidence interval for a median from n independent values: [x(k), x(n−k+1)] of the sorted
/// values, whose coverage is exactly 1 − 2·P(Binomial(n, ½) ≤ k−1) whatever the distribution (each value falls below
/// the true median with probability ½). k is the largest order giving at least <see cref="TargetCoverage"/>; from 6
/// values on that exists (n = 6: [min, max], 96.9%). With 2 to 5 values no interval reaches 95%: the widest one,
/// [min, max], is used and its smaller coverage (50%, 75%, 87.5%, 93.8%) is reported with it, never rounded up.
/// </summary>
/// <param name="Coverage">The exact coverage achieved (the binomial is discrete, so usually above the target).</param>
public sealed record MedianInterval(double Lower, double Upper, double Coverage)
{
    public const double TargetCoverage = 0.95;

    /// <summary>Whether the interval reaches <see cref="TargetCoverage"/> (false with fewer than 6 values).</summary>
    public bool MeetsTarget => Coverage >= TargetCoverage;

    public bool Contains(double value) => Lower <= value && value <= Upper;

    /// <summary>The interval of the median of <paramref name="values"/> (any order); null with fewer than 2 values.</summary>
    public static MedianInterval? Of(IReadOnlyList<double> values)
    {
        if (values.Count < 2) return null;
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var k = 1;
        while (k + 1 <= n / 2 && CoverageOf(n, k + 1) >= TargetCoverage) k++;
        return new MedianInterval(sorted[k - 1], sorted[n - k], CoverageOf(n, k));
    }

    /// <summary>1 − 2·P(Binomial(n, ½) ≤ k−1): the coverage of [x(k), x(n−k+1)].</summary>
    public static double CoverageOf(int n, int k)
    {
        // P(B ≤ k−1) summed in log space: exact enough for any n the lab has (rounds, iterations).
        var tail = 0.0;
        for (var i = 0; i < k; i++) tail += Math.Exp(LogChoose(n, i) - n * Math.Log(2));
        return 1 - 2 * tail;
    }

    private static double LogChoose(int n, int k)
    {
        var sum = 0.0;
        for (var i = 1; i <= k; i++) sum += Math.Log(n - k + i) - Math.Log(i);
        return sum;
    }
}
