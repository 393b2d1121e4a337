using System.Globalization;

namespace PerfLab.Results;

/// <summary>Invariant, culture-proof number formatting for the pages (same input, same bytes on every machine).</summary>
public static class Formatting
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly (double Scale, string Unit)[] TimeUnits = [(1, "ns"), (1e3, "μs"), (1e6, "ms"), (1e9, "s")];

    /// <summary>A time in nanoseconds with a unit chosen for it and four significant digits: <c>368.4 ns</c>, <c>12.35 μs</c>.</summary>
    public static string Time(double nanoseconds) => Time(nanoseconds, UnitFor(nanoseconds));

    /// <summary>A time in a given unit (so a mean and its margin read in the same unit).</summary>
    public static string Time(double nanoseconds, (double Scale, string Unit) unit) =>
        double.IsFinite(nanoseconds) ? $"{Significant(nanoseconds / unit.Scale)} {unit.Unit}" : "n/a";

    /// <summary>A round time for an axis tick: <c>100 ns</c>, <c>1 μs</c>, <c>2.5 ms</c>.</summary>
    public static string TimeTick(double nanoseconds)
    {
        var unit = UnitFor(nanoseconds * 1.000001);
        return (nanoseconds / unit.Scale).ToString("0.###", Invariant) + " " + unit.Unit;
    }

    public static (double Scale, string Unit) UnitFor(double nanoseconds) =>
        TimeUnits.LastOrDefault(u => Math.Abs(nanoseconds) >= u.Scale, TimeUnits[0]);

    /// <summary>Four significant digits, at most three decimals, no exponent: <c>0.123</c>, <c>1.235</c>, <c>368.4</c>, <c>12345</c>.</summary>
    public static string Significant(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value.ToString(Invariant);
        var digits = Math.Clamp(3 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 3);
        return value.ToString("F" + digits, Invariant);
    }

    /// <summary>Exact bytes with thousands separators (allocations are deterministic: no rounding): <c>40,056 B</c>.</summary>
    public static string Bytes(long bytes) => bytes.ToString("#,0", Invariant) + " B";

    /// <summary>A ratio with three significant digits, at least two decimals below 10: <c>0.43×</c>, <c>4.81×</c>, <c>12.4×</c>, <c>0.0012×</c>.</summary>
    public static string Ratio(double ratio)
    {
        if (!double.IsFinite(ratio)) return "n/a";
        var digits = ratio >= 100 ? 0 : ratio >= 10 ? 1 : ratio >= 0.1 || ratio <= 0 ? 2 : Math.Min(2 - (int)Math.Floor(Math.Log10(ratio)), 9);
        return ratio.ToString("F" + digits, Invariant) + "×";
    }

    /// <summary>A fraction as a percentage, one decimal below 9.5%: <c>4.2%</c>, <c>38%</c>; signed with a real minus sign.</summary>
    public static string Percent(double fraction, bool signed)
    {
        var text = Math.Abs(fraction * 100).ToString(Math.Abs(fraction) < 0.095 ? "0.#" : "0", Invariant);
        return (!signed || text == "0" ? "" : fraction < 0 ? "−" : "+") + text + "%";
    }

    /// <summary>An interval's bounds, with its coverage when it falls short of 95% (fewer than 6 rounds): <c>[1.58–1.71]</c>, <c>[1.58–1.71; 87.5%]</c>.</summary>
    public static string Interval(MedianInterval interval, Func<double, string> value) =>
        $"[{value(interval.Lower)}–{value(interval.Upper)}{(interval.MeetsTarget ? "" : "; " + Coverage(interval))}]";

    /// <summary>An interval's exact coverage: <c>96.9% coverage</c>.</summary>
    public static string Coverage(MedianInterval interval) => (interval.Coverage * 100).ToString("0.#", Invariant) + "% coverage";

    /// <summary>
    /// A pooled ratio as every page writes it: <c>1.64× [1.58–1.71]</c>; a tie says so first, <c>tie: 1.02× [0.97–1.08]</c>;
    /// one round has no interval, <c>1.64× (1 round)</c>.
    /// </summary>
    /// <param name="markTie">False where the sentence already says it is a tie.</param>
    public static string PooledRatio(PooledRatio ratio, bool markTie = true)
    {
        if (ratio.Interval is not { } interval) return $"{Ratio(ratio.Estimate)} (1 round)";
        var text = $"{Ratio(ratio.Estimate)} {Interval(interval, r => Ratio(r).TrimEnd('×'))}";
        return ratio.IsTie && markTie ? "tie: " + text : text;
    }

    /// <summary>A run's duration to the second: <c>16 min 37 s</c>, <c>42 s</c>.</summary>
    public static string Duration(double seconds)
    {
        var total = (long)Math.Round(seconds);
        return total >= 60 ? $"{total / 60} min {total % 60} s" : $"{total} s";
    }

    /// <summary>A time span that may run to years, from the page's time units up: <c>2.513 ms</c>, <c>41.67 min</c>, <c>3.200 days</c>, <c>1,205 years</c>.</summary>
    public static string LongDuration(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 60) return Time(seconds * 1e9);
        (double Scale, string Unit)[] units = [(60, "min"), (3600, "h"), (86400, "days"), (365.25 * 86400, "years")];
        var (scale, name) = units.Last(u => seconds >= u.Scale);
        var value = seconds / scale;
        return (value >= 1000 ? value.ToString("#,0", Invariant) : Significant(value)) + " " + name;
    }

    /// <summary>A rate per second: whole with separators from 100 up, else four significant digits: <c>4,012,345</c>, <c>20.07</c>.</summary>
    public static string Rate(double perSecond) => perSecond >= 100 ? Integer((long)Math.Round(perSecond)) : Significant(perSecond);

    /// <summary>
    /// A count per something (operations per iteration, collections or page faults per operation): whole with separators
    /// from 100 up, else three significant digits without trailing zeros: <c>281</c>, <c>12.5</c>, <c>0.19</c>, <c>0</c>.
    /// </summary>
    public static string Count(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value.ToString(Invariant);
        if (Math.Abs(value) >= 100) return Math.Round(value).ToString("#,0", Invariant);
        var digits = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 6);
        return value.ToString("0." + new string('#', digits), Invariant);
    }

    public static string Integer(long value) => value.ToString("#,0", Invariant);

    public static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, Invariant, out value) && double.IsFinite(value);

    /// <summary>Text for a markdown table cell: pipes escaped, line breaks flattened.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>A lower-case file-name-safe slug: letters, digits, '.', '-' and '_' kept, the rest become '-'.</summary>
    public static string Slug(string name)
    {
        var chars = name.Trim().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? char.ToLowerInvariant(c) : '-').ToArray();
        var slug = new string(chars).Trim('-', '.');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Length == 0 ? "unnamed" : slug;
    }
}
