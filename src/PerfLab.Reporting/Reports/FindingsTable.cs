namespace PerfLab.Reporting.Reports;

/// <summary>
/// The headline findings as a markdown section: one row per finding with the measured ratio, the second run's, and the
/// meaning. Rendered into results/README.md and, between markers, into the repository's README.md.
/// </summary>
public static class FindingsTable
{
    /// <param name="pagesPrefix">The path from the document to the report folder ("" inside it, "results/" from the repository root).</param>
    /// <param name="hasOtherRun">Whether a second run was given (then its column and the movement summary are shown).</param>
    public static string Render(IReadOnlyList<MeasuredFinding> findings, string pagesPrefix, bool hasOtherRun)
    {
        var md = new Markdown();
        var machines = string.Join(" / ", findings.SelectMany(f => f.Suite.Exports).Select(e => SuitePage.Cpu(e.Environment)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        md.Line("Each ratio divides two results of one comparison: the technique's time per operation by the one it is weighed " +
                "against (below 1× it is faster), the median of the ratios of their iterations. Absolute times belong to the " +
                $"machine that measured them ({machines}); ratios carry over better, but not exactly: " +
                (hasOtherRun
                    ? "the **Second run** column is the same ratio measured again on the same build, which is how far this machine alone moves it."
                    : "a single run cannot show how far they move between runs.")).Line();

        if (findings.Any(f => f.IsDryRun))
        {
            md.Line("> **Dry run:** these ratios come from single iterations; they show that every finding resolves to measured " +
                    "results, not what the ratios are. Meanings are not checked against them.").Line();
        }

        var header = new List<string> { "Question", "Ratio" };
        if (hasOtherRun) header.Add("Second run");
        header.Add("What it means");
        md.Table(header, header.Select(h => h is "Ratio" or "Second run").ToArray(), findings.Select(f => Row(f, pagesPrefix, hasOtherRun)));

        if (hasOtherRun && findings.Where(f => f.RatioMovement is not null).ToArray() is { Length: > 0 } moved)
        {
            var sorted = moved.Select(f => Math.Abs(f.RatioMovement!.Value)).Order().ToArray();
            var worst = moved.MaxBy(f => Math.Abs(f.RatioMovement!.Value))!;
            md.Line($"Between the two runs these ratios moved by a median of {Stability.Percent(Quantiles.Median(sorted), signed: false)} " +
                    $"and at most {Stability.Percent(worst.RatioMovement!.Value, signed: true)} ({worst.Spec.Question}).").Line();
        }
        md.Line($"⚠ marks a ratio resting on a result flagged unstable on its page (bimodal, a confidence interval wider than " +
                $"±{Stability.Percent(Stability.Threshold, signed: false)}, or moved more than that between runs). **Re-check** marks a meaning " +
                "written for a range of ratios the measurement left: the text is older than the numbers.").Line();
        return md.ToString();
    }

    /// <summary>The findings whose meaning no longer matches a measured ratio, one line each (for the command's warnings).</summary>
    public static IEnumerable<string> Contradicted(IReadOnlyList<MeasuredFinding> findings) =>
        findings.Where(f => !f.Holds || !f.HoldsInOtherRun).Select(f =>
            $"\"{f.Spec.Question}\": meaning written for a ratio {f.Spec.HoldsWhen}, measured {Formatting.Ratio(f.Ratio)}" +
            (f.OtherRunRatio is { } other ? $" (second run {Formatting.Ratio(other)})" : ""));

    private static IReadOnlyList<string> Row(MeasuredFinding finding, string pagesPrefix, bool hasOtherRun)
    {
        var spec = finding.Spec;
        var parameters = finding.Technique.Benchmark.Parameters.Count == 0 ? "" : $" ({finding.Technique.Benchmark.ParametersText})";
        var link = $"{pagesPrefix}{finding.Suite.Slug}.md#{Markdown.Anchor(finding.Comparison.Name)}";
        var cells = new List<string>
        {
            $"[{spec.Question}]({link}){parameters}",
            $"{(finding.IsUnstable ? "⚠ " : "")}**{Formatting.Ratio(finding.Ratio)}** " +
            $"({Formatting.Time(finding.Technique.Statistics.Median)} vs {Formatting.Time(finding.Versus.Statistics.Median)})",
        };
        if (hasOtherRun)
        {
            cells.Add(finding.OtherRunRatio is { } other ? $"{Formatting.Ratio(other)} ({Stability.Percent(finding.RatioMovement!.Value, signed: true)})" : "–");
        }

        var caveat = !finding.Holds
            ? $"**Re-check:** written for a ratio {spec.HoldsWhen}, this run measured {Formatting.Ratio(finding.Ratio)}. "
            : !finding.HoldsInOtherRun
                ? $"**Holds in one run of two:** the second run measured {Formatting.Ratio(finding.OtherRunRatio!.Value)}, outside the {spec.HoldsWhen} this text assumes. "
                : "";
        cells.Add(caveat + spec.Meaning);
        return cells;
    }
}
