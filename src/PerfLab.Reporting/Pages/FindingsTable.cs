namespace PerfLab.Reporting.Pages;

/// <summary>
/// The headline findings as a markdown section: one row per finding with the measured ratio and its interval, the
/// reproducibility run's, and the meaning. Rendered into results/README.md and, between markers, into the
/// repository's README.md.
/// </summary>
public static class FindingsTable
{
    /// <param name="pagesPrefix">The path from the document to the report folder ("" inside it, "results/" from the repository root).</param>
    public static string Render(IReadOnlyList<MeasuredFinding> findings, string pagesPrefix)
    {
        var md = new Markdown();
        var hasReproduction = findings.Any(f => f.Suite.Reproduction is not null);
        var machines = string.Join(" / ", findings.SelectMany(f => f.Suite.Exports).Select(e => SuitePage.Cpu(e.Environment)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        md.Line("Each ratio divides two results of one comparison: the technique's time per operation by the one it is weighed " +
                "against (below 1× it is faster), each at its best round (the process the shared machine slowed least), with the 95% " +
                "interval of the ratios taken within each round in brackets; an interval that spans 1.00 is a **tie**: neither is " +
                "established as faster. Absolute times " +
                $"belong to the machine that measured them ({machines}); ratios carry over better, but not exactly: " +
                (hasReproduction
                    ? "the **Reproducibility run** column is the same ratio from an independent second run of the same build, which is how far this machine alone moves it."
                    : "a single run cannot show how far they move between runs.")).Line();

        if (findings.Any(f => f.IsDryRun))
        {
            md.Line("> **Dry run:** these ratios come from single iterations; they show that every finding resolves to measured " +
                    "results, not what the ratios are. Meanings and claims are not checked against them.").Line();
        }

        var header = new List<string> { "Question", "Ratio" };
        if (hasReproduction) header.Add("Reproducibility run");
        header.Add("What it means");
        md.Table(header, header.Select(h => h is "Ratio" or "Reproducibility run").ToArray(), findings.Select(f => Row(f, pagesPrefix, hasReproduction)));

        if (hasReproduction && findings.Where(f => f.RatioMovement is not null).ToArray() is { Length: > 0 } moved)
        {
            var worst = moved.MaxBy(f => Math.Abs(f.RatioMovement!.Value))!;
            md.Line($"Between the two runs these ratios moved by a median of {Formatting.Percent(Results.Estimation.Quantiles.MedianOf(moved.Select(f => Math.Abs(f.RatioMovement!.Value))), signed: false)} " +
                    $"and at most {Formatting.Percent(worst.RatioMovement!.Value, signed: true)} ({worst.Spec.Question}).").Line();
        }
        md.Line("⚠ marks a ratio resting on a result that is **not steady** on its page (its iterations still trended in most rounds). " +
                "**Re-check** marks a meaning the measurement contradicts: a ratio outside the range it was written for, or an " +
                "ordering claim (fastest, slowest, faster than) that this run does not establish. The text is older than the numbers." +
                (findings.Any(f => f.RegimeDiffers)
                    ? " ⚠ with **Regime differs** marks a ratio resting on a result whose rounds (or runs) were measured in different " +
                      "regimes (operations per iteration, gen-2 collections or page faults per operation more than 2× apart): it mixes them."
                    : "")).Line();
        return md.ToString();
    }

    /// <summary>The findings whose meaning the measurement contradicts or that were not measured, one line each (the command's warnings).</summary>
    public static IEnumerable<string> Warnings(IReadOnlyList<MeasuredFinding> findings)
    {
        foreach (var f in findings)
        {
            if (f.NotMeasured is { } reason) yield return $"\"{f.Spec.Question}\": not measured in this run ({reason})";
            if (!f.RatioHolds || !f.HoldsInReproduction)
            {
                yield return $"\"{f.Spec.Question}\": meaning written for a ratio {f.Spec.HoldsWhen}, measured {Formatting.PooledRatio(f.Ratio!)}" +
                             (f.ReproducedRatio is { } other ? $" (reproducibility run {Formatting.PooledRatio(other)})" : "");
            }
            foreach (var claim in f.FailedClaims) yield return $"\"{f.Spec.Question}\": {claim}";
        }
    }

    private static IReadOnlyList<string> Row(MeasuredFinding finding, string pagesPrefix, bool hasReproduction)
    {
        var spec = finding.Spec;
        var anchor = finding.Comparison is null ? "" : $"#{Markdown.Anchor(finding.Comparison.Name)}";
        var parameters = spec.Parameters is null ? "" : $" ({spec.Parameters})";
        var cells = new List<string> { $"[{spec.Question}]({pagesPrefix}{finding.Suite.Slug}.md{anchor}){parameters}" };
        if (finding.NotMeasured is { } notMeasured)
        {
            cells.Add("not measured");
            if (hasReproduction) cells.Add("–");
            cells.Add($"**Not measured in this run:** {notMeasured}. {spec.Meaning}");
            return cells;
        }

        var ratio = finding.Ratio!;
        cells.Add($"{(finding.IsNotSteady || finding.RegimeDiffers ? "⚠ " : "")}**{Formatting.PooledRatio(ratio)}** " +
                  $"({Formatting.Time(finding.Technique!.Best)} vs {Formatting.Time(finding.Versus!.Best)})");
        if (hasReproduction)
        {
            cells.Add(finding.ReproducedRatio is { } other ? $"{Formatting.PooledRatio(other)} ({Formatting.Percent(finding.RatioMovement!.Value, signed: true)})" : "–");
        }

        var caveats = new List<string>();
        if (!finding.RatioHolds) caveats.Add($"**Re-check:** written for a ratio {spec.HoldsWhen}, this run measured {Formatting.Ratio(ratio.Estimate)}.");
        else if (!finding.HoldsInReproduction)
            caveats.Add($"**Holds in one run of two:** the reproducibility run measured {Formatting.Ratio(finding.ReproducedRatio!.Estimate)}, outside the {spec.HoldsWhen} this text assumes.");
        if (finding.FailedClaims.Count > 0) caveats.Add($"**Re-check:** {string.Join("; ", finding.FailedClaims)}.");
        if (finding.RegimeDiffers) caveats.Add($"**Regime differs:** {string.Join("; ", finding.RegimeReasons)}.");
        caveats.Add(spec.Meaning);
        cells.Add(string.Join(" ", caveats));
        return cells;
    }
}
