namespace PerfLab.Results.Suites;

/// <summary>A value over a run's rounds: the median of the rounds' values and their range (min–max).</summary>
public sealed record RoundRange(double Median, double Min, double Max, int Rounds)
{
    /// <summary>The range of <paramref name="values"/>; null when there are none.</summary>
    public static RoundRange? Of(IEnumerable<double> values)
    {
        var all = values.Where(double.IsFinite).ToArray();
        return all.Length == 0 ? null : new RoundRange(Quantiles.MedianOf(all), all.Min(), all.Max(), all.Length);
    }

    /// <summary>
    /// <c>1.234 ms [1.102–1.530 ms]</c>, its bounds in the median's unit; the median alone for one round or when every
    /// round agrees.
    /// </summary>
    public string Text(Func<double, string> value, Func<double, string> bound) =>
        Min == Max ? value(Median) : $"{value(Median)} [{bound(Min)}–{value(Max)}]";

    /// <summary>As <see cref="Text"/>, for nanoseconds.</summary>
    public string Time()
    {
        var unit = Formatting.UnitFor(Median);
        return Text(ns => Formatting.Time(ns, unit), ns => Formatting.Significant(ns / unit.Scale));
    }

    /// <summary>As <see cref="Text"/>, for requests per second.</summary>
    public string Rate() => Text(Formatting.Rate, Formatting.Rate);
}
