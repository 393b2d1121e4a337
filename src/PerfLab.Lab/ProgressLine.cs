using System.Globalization;

namespace PerfLab.Lab;

/// <summary>
/// The progress line printed as each case starts:
/// <c>[round 2/5] orm case 14/52 elapsed 03:12, left ~12:53, done ~16:05 UTC</c>. The time left is a duration like the
/// elapsed time; the finish is a clock time, marked as one by its zone.
/// </summary>
public static class ProgressLine
{
    /// <param name="left">The estimated time left in the run; null while nothing is known (then neither estimate is printed).</param>
    /// <param name="now">The current time, from which the finish is reckoned.</param>
    public static string Format(int round, int rounds, string label, int caseIndex, int? totalCases, TimeSpan elapsed, TimeSpan? left, DateTimeOffset now)
    {
        var cases = totalCases is { } total ? total.ToString(CultureInfo.InvariantCulture) : "?";
        var estimate = left is { } remaining
            ? $"left ~{Duration(remaining)}, done ~{(now + remaining).UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC"
            : "left ?";
        return string.Create(CultureInfo.InvariantCulture, $"[round {round}/{rounds}] {label} case {caseIndex}/{cases} elapsed {Duration(elapsed)}, {estimate}");
    }

    /// <summary>mm:ss, or h:mm:ss from an hour on.</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes:00}:{span.Seconds:00}");
}
