using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfLab.Reporting.Pages;

/// <summary>
/// What size a headline's words claim for its ratio (technique ÷ versus), so the report can refuse a checked range
/// (<see cref="FindingSpec.HoldsWhen"/>) that says less: "an order of magnitude faster" checked as "below 0.5" would
/// stand beside a 0.4× on some machine without being flagged. Read from the meaning's first sentence, the one that
/// answers the question; later sentences speak of other rows. The phrases and what they mean:
/// <list type="bullet">
/// <item>"N orders of magnitude" (also "an order of magnitude", "more than …"): a factor of at least 10^N.</item>
/// <item>"at least / more than N times": a factor of at least N; "several times": at least 2; "many times": at least 3.</item>
/// <item>"about / roughly / around / nearly N times" (N a digit or a word, "twice" = 2): a factor within N ÷ 1.5 and N × 1.5, both checked.</item>
/// <item>"about half the time" / "half as long": a ratio within 0.33 and 0.75; "at least half as long again": a ratio of at least 1.5;
/// "about a quarter less time": a ratio within 0.6 and 0.9.</item>
/// </list>
/// "Faster", "less", "under" and "as fast" after the factor make it a speed-up (ratio = 1 ÷ factor); "slower", "as
/// long", "as much" and "more" a slow-down (ratio = factor).
/// </summary>
public static partial class FactorWords
{
    /// <summary>The ratios the first sentence claims, as an interval; null when it claims no size.</summary>
    public static (double Low, double High, string Phrase)? Claimed(string meaning)
    {
        var sentence = FirstSentence().Match(meaning).Value;

        if (QuarterLess().Match(sentence) is { Success: true } quarter) return (0.6, 0.9, quarter.Value);
        if (HalfAgain().Match(sentence) is { Success: true } again) return (1.5, double.PositiveInfinity, again.Value);
        if (Half().Match(sentence) is { Success: true } half) return (0.33, 0.75, half.Value);

        if (Magnitude().Match(sentence) is { Success: true } magnitude)
        {
            var orders = magnitude.Groups["n"].Value is "an" or "one" or "" ? 1 : Number(magnitude.Groups["n"].Value);
            return Factor(Math.Pow(10, orders), double.PositiveInfinity, magnitude.Groups["dir"].Value, magnitude.Value);
        }
        if (Times().Match(sentence) is { Success: true } times)
        {
            var qualifier = times.Groups["q"].Value.ToLowerInvariant();
            var direction = times.Groups["dir"].Value;
            return times.Groups["n"].Value.ToLowerInvariant() switch
            {
                "several" => Factor(2, double.PositiveInfinity, direction, times.Value),
                "many" => Factor(3, double.PositiveInfinity, direction, times.Value),
                var n when qualifier is "at least" or "more than" => Factor(Number(n), double.PositiveInfinity, direction, times.Value),
                var n => Factor(Number(n) / 1.5, Number(n) * 1.5, direction, times.Value),
            };
        }
        return null;
    }

    /// <summary>Why the checked range says less than (or other than) the words, or null when it says no more than they claim.</summary>
    public static string? Problem(FindingSpec finding)
    {
        if (Claimed(finding.Meaning) is not { } claim) return null;
        var (low, high, phrase) = claim;
        var above = finding.HoldsWhen.Above ?? 0;
        var below = finding.HoldsWhen.Below ?? double.PositiveInfinity;
        const double slack = 1e-9;
        if (above >= low - slack && below <= high + slack) return null;
        return $"its words \"{phrase}\" claim a ratio {Describe(low, high)}, but \"holdsWhen\" checks {finding.HoldsWhen}: " +
               "make the range say what the words say (or the words what the range allows)";
    }

    private static string Describe(double low, double high) => (low, high) switch
    {
        (0, var h) => $"below {Formatting.Ratio(h)}",
        (var l, double.PositiveInfinity) => $"above {Formatting.Ratio(l)}",
        var (l, h) => $"between {Formatting.Ratio(l)} and {Formatting.Ratio(h)}",
    };

    /// <summary>A factor range as a ratio range: a speed-up divides, a slow-down multiplies.</summary>
    private static (double, double, string) Factor(double low, double high, string direction, string phrase) =>
        Speedup().IsMatch(direction) ? (1 / high, 1 / low, phrase) : (low, high, phrase);

    private static double Number(string text) => text.ToLowerInvariant() switch
    {
        "twice" or "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        "a hundred" or "hundred" => 100,
        var digits => double.Parse(digits, CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^.*?(?:[.;](?=\s|$)|$)", RegexOptions.Singleline)]
    private static partial Regex FirstSentence();

    [GeneratedRegex(@"\b(?:about |roughly |nearly )?a quarter less time\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterLess();

    [GeneratedRegex(@"\bat least half as long again\b", RegexOptions.IgnoreCase)]
    private static partial Regex HalfAgain();

    [GeneratedRegex(@"\b(?:about |roughly |nearly |around )?half (?:the time|as long)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Half();

    [GeneratedRegex(@"\b(?:more than |at least )?(?<n>an|one|two|three|\d+) orders? of magnitude (?<dir>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex Magnitude();

    [GeneratedRegex(@"\b(?:(?<q>about|roughly|around|nearly|at least|more than) )?(?:(?<n>twice)|(?<n>two|three|four|five|six|seven|eight|nine|ten|several|many|\d+(?:\.\d+)?) times) (?<dir>faster|slower|as long|as fast|as much|more|less|under)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Times();

    [GeneratedRegex(@"^(?:faster|less|under|as fast)$", RegexOptions.IgnoreCase)]
    private static partial Regex Speedup();
}
