namespace PerfLab.Reporting.Reports;

/// <summary>The median, and sample quantiles (Hyndman-Fan type 7, the default of R and NumPy) for quartiles.</summary>
internal static class Quantiles
{
    /// <summary>The median of sorted values: the middle one, or the mean of the two middle ones.</summary>
    public static double Median(IReadOnlyList<double> sorted)
    {
        if (sorted.Count == 0) throw new ArgumentException("median of an empty sample", nameof(sorted));
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double Of(IReadOnlyList<double> sortedValues, double probability)
    {
        if (sortedValues.Count == 0) return double.NaN;
        var position = (sortedValues.Count - 1) * probability;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sortedValues.Count - 1);
        return sortedValues[lower] + (position - lower) * (sortedValues[upper] - sortedValues[lower]);
    }
}

/// <summary>
/// A benchmark's time relative to its baseline, from every pair (benchmark iteration / baseline iteration), as
/// BenchmarkDotNet's ratio distribution is built; summarized robustly: the median ratio and the interquartile
/// range of the ratios as its spread.
/// </summary>
/// <param name="Median">The median of the pairwise ratios.</param>
/// <param name="Lower">Their first quartile.</param>
/// <param name="Upper">Their third quartile.</param>
public sealed record RatioEstimate(double Median, double Lower, double Upper)
{
    /// <summary>Whether the middle half of the ratios straddles 1: the data do not separate this technique from the baseline.</summary>
    public bool Overlaps1 => Lower <= 1 && Upper >= 1;

    public static RatioEstimate? Between(IReadOnlyList<double> values, IReadOnlyList<double> baselineValues)
    {
        if (values.Count == 0 || baselineValues.Count == 0 || baselineValues.Any(v => v <= 0)) return null;
        var ratios = new double[values.Count * baselineValues.Count];
        var k = 0;
        foreach (var value in values)
        {
            foreach (var baseline in baselineValues) ratios[k++] = value / baseline;
        }
        Array.Sort(ratios);
        return new RatioEstimate(Quantiles.Of(ratios, 0.5), Quantiles.Of(ratios, 0.25), Quantiles.Of(ratios, 0.75));
    }
}
