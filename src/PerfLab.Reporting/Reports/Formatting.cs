using System.Globalization;

namespace PerfLab.Reporting.Reports;

/// <summary>Invariant, culture-proof number formatting for the pages (same input, same bytes on every machine).</summary>
internal static class Formatting
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

    /// <summary>A run's duration to the second: <c>16 min 37 s</c>, <c>42 s</c>.</summary>
    public static string Duration(double seconds)
    {
        var total = (long)Math.Round(seconds);
        return total >= 60 ? $"{total / 60} min {total % 60} s" : $"{total} s";
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
