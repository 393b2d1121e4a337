namespace PerfLab.Results.Estimation;

/// <summary>
/// The lab's one quantile definition (Hyndman-Fan type 7, the default of R and NumPy; at p = 0.5 it is the usual
/// median). Every median, quartile and 90th percentile on the pages goes through here.
/// </summary>
public static class Quantiles
{
    /// <summary>The median of sorted values: the middle one, or the mean of the two middle ones.</summary>
    public static double Median(IReadOnlyList<double> sorted)
    {
        if (sorted.Count == 0) throw new ArgumentException("median of an empty sample", nameof(sorted));
        return Of(sorted, 0.5);
    }

    /// <summary>The median of values in any order.</summary>
    public static double MedianOf(IEnumerable<double> values) => Median(values.Order().ToArray());

    /// <summary>The <paramref name="probability"/> quantile of sorted values (type 7); NaN for no values.</summary>
    public static double Of(IReadOnlyList<double> sortedValues, double probability)
    {
        if (sortedValues.Count == 0) return double.NaN;
        var position = (sortedValues.Count - 1) * probability;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sortedValues.Count - 1);
        return sortedValues[lower] + (position - lower) * (sortedValues[upper] - sortedValues[lower]);
    }
}
