namespace PerfLab.Reporting.Sections;

/// <summary>One cost of a <see cref="BreakEvenSpec"/>, measured round by round.</summary>
/// <param name="ExtraPerCost">Median over rounds of what one costly operation takes more with the technique (ns).</param>
/// <param name="SavedPerGain">Median over rounds of what one saving operation takes less (ns).</param>
/// <param name="Operations">Saving operations needed per costly one, round by round; null when the rounds share none.</param>
public sealed record MeasuredCost(TradeOff Cost, double ExtraPerCost, double SavedPerGain, RoundQuotients? Operations);

/// <summary>
/// A quotient of two differences taken in each round, pooled by its median with the median's distribution-free interval.
/// Not a <see cref="PooledRatio"/>: a difference of two cases' times has no best round, so only the median applies.
/// </summary>
/// <param name="Rounds">One quotient per round (extra ÷ saved; +∞ in a round where the technique saved nothing), in round order.</param>
/// <param name="Interval">Null with a single round.</param>
public sealed record RoundQuotients(IReadOnlyList<double> Rounds, double Median, MedianInterval? Interval)
{
    public static RoundQuotients Of(IReadOnlyList<double> rounds) => new(rounds, Quantiles.MedianOf(rounds), MedianInterval.Of(rounds));
}

/// <summary>A break-even, measured: one line per cost.</summary>
public sealed record MeasuredBreakEven(BreakEvenSpec Spec, IReadOnlyList<MeasuredCost> Costs);

/// <summary>
/// The queries suite's section (<see cref="SuiteSections"/>): prices the findings file's trade-offs on the suite's
/// published run and renders them after its comparisons. Each round gives its own quotient (the rounds interleave every
/// case, so a round's four results share the machine's state), pooled like a ratio: the median and its
/// distribution-free interval.
/// </summary>
/// <param name="measured">The suite's break-evens, measured.</param>
public sealed class BreakEven(IReadOnlyList<MeasuredBreakEven> measured) : ISuiteSection
{
    /// <summary>The section of <paramref name="suite"/>: the findings file's break-evens for it, measured (bad input throws).</summary>
    public static BreakEven Section(string suite, SectionInputs inputs) => new(inputs.Findings is null
        ? []
        : Measure(inputs.Findings.BreakEvens.Where(b => b.Suite == suite).ToArray(), inputs.Suites, inputs.FindingsPath!));

    public string AfterComparisons(SuiteReport suite) => Render(measured);

    public static IReadOnlyList<MeasuredBreakEven> Measure(IReadOnlyList<BreakEvenSpec> specs, IReadOnlyList<SuiteReport> suites, string source)
    {
        var measured = new List<MeasuredBreakEven>();
        foreach (var spec in specs)
        {
            if (suites.FirstOrDefault(s => s.Name == spec.Suite) is not { } suite) continue;
            var gain = Rows(suite, spec, spec.Gain, source);
            var costs = new List<MeasuredCost>();
            foreach (var cost in spec.Costs)
            {
                if (gain is null || Rows(suite, spec, cost, source) is not { } paid)
                {
                    // Not measured in this run (skipped or failed rows): the line stays, with no numbers.
                    costs.Add(new MeasuredCost(cost, double.NaN, double.NaN, null));
                    continue;
                }
                var rounds = gain.Value.Technique.Rounds.Keys.Intersect(gain.Value.Versus.Rounds.Keys)
                    .Intersect(paid.Technique.Rounds.Keys).Intersect(paid.Versus.Rounds.Keys).Order().ToArray();
                var saved = rounds.Select(r => gain.Value.Versus.Rounds[r] - gain.Value.Technique.Rounds[r]).ToArray();
                var extra = rounds.Select(r => paid.Technique.Rounds[r] - paid.Versus.Rounds[r]).ToArray();
                // A round where the technique saved nothing never breaks even; one where the write cost nothing, at once.
                var quotients = saved.Zip(extra, (s, e) => e <= 0 ? 0 : s <= 0 ? double.PositiveInfinity : e / s).ToArray();
                costs.Add(quotients.Length == 0
                    ? new MeasuredCost(cost, double.NaN, double.NaN, null)
                    : new MeasuredCost(cost, Quantiles.MedianOf(extra), Quantiles.MedianOf(saved), RoundQuotients.Of(quotients)));
            }
            measured.Add(new MeasuredBreakEven(spec, costs));
        }
        return measured;
    }

    /// <summary>The page's section for the suite's break-evens; empty when it has none.</summary>
    public static string Render(IReadOnlyList<MeasuredBreakEven> breakEvens)
    {
        if (breakEvens.Count == 0) return "";
        var md = new Markdown();
        md.Line("## Break-even").Line();
        md.Line("Each trade-off below saves time on one operation and costs time on others. Per round, the extra time of one costly " +
                "operation is divided by the time saved on one saving operation (both measured in that round, each against the same " +
                "alternative): the number of saving operations that must follow each costly one before the technique costs less " +
                "overall. Median over rounds, with its interval as for ratios; ∞ when the technique saved nothing.").Line();
        foreach (var breakEven in breakEvens)
        {
            var gain = breakEven.Spec.Gain;
            md.Line($"**{breakEven.Spec.Question}** {gain.Technique} against {gain.Versus} ([{gain.Comparison}](#{Markdown.Anchor(gain.Comparison)})), " +
                    $"per {gain.Per}:").Line();
            md.Table(
                ["Costly operation", "Extra per operation", $"Saved per {gain.Per}", $"{Capitalized(gain.Per)}s per operation to break even"],
                [false, true, true, true],
                breakEven.Costs.Select(c => (IReadOnlyList<string>)
                [
                    $"{c.Cost.Per}: {c.Cost.Technique} against {c.Cost.Versus} ([{c.Cost.Comparison}](#{Markdown.Anchor(c.Cost.Comparison)}))",
                    Formatting.Time(c.ExtraPerCost), Formatting.Time(c.SavedPerGain), Count(c.Operations),
                ]));
        }
        return md.ToString();
    }

    private static string Count(RoundQuotients? operations) => operations is null
        ? "not measured in this run"
        : operations.Interval is { } interval
            ? $"{Number(operations.Median)} {Formatting.Interval(interval, Number)}"
            : $"{Number(operations.Median)} (1 round)";

    private static string Number(double value) => double.IsPositiveInfinity(value) ? "∞" : Formatting.Significant(value);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The trade-off's two rows, or null when the run did not measure them (the page then shows the line without numbers).</summary>
    private static (Row Technique, Row Versus)? Rows(SuiteReport suite, BreakEvenSpec spec, TradeOff tradeOff, string source)
    {
        T Fail<T>(string what) => throw new BadInputException($"{source}: break-even \"{spec.Question}\": {what}");
        if (suite.Comparisons.FirstOrDefault(c => c.Name == tradeOff.Comparison) is not { } comparison) return null;
        if (comparison.NoTimes is { } noTimes) Fail<string>(noTimes);
        if (comparison.UnknownTechnique([tradeOff.Technique, tradeOff.Versus]) is { } unknown) Fail<string>(unknown);
        var (group, problem) = comparison.GroupOf(tradeOff.Parameters);
        if (problem is not null) Fail<string>(problem);
        return group is not null && comparison.Find(group, tradeOff.Technique) is { } technique && comparison.Find(group, tradeOff.Versus) is { } versus
            ? (technique, versus)
            : null;
    }
}
