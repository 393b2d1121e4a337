using System.Globalization;

namespace PerfLab.Lab;

/// <summary>The progress line printed as each case starts: <c>[round 2/6] orm case 14/52 elapsed 03:12 eta 16:05</c>.</summary>
public static class ProgressLine
{
    public static string Format(int round, int rounds, string label, int caseIndex, int? totalCases, TimeSpan elapsed, DateTimeOffset? finish) =>
        string.Create(CultureInfo.InvariantCulture,
            $"[round {round}/{rounds}] {label} case {caseIndex}/{(totalCases is { } total ? total.ToString(CultureInfo.InvariantCulture) : "?")} " +
            $"elapsed {Duration(elapsed)} eta {(finish is { } at ? at.ToString("HH:mm", CultureInfo.InvariantCulture) : "?")}");

    /// <summary>mm:ss, or h:mm:ss from an hour on.</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes:00}:{span.Seconds:00}");
}
