namespace PerfLab.Reporting.Pages;

/// <summary>
/// How long the committed runs took, for the README's set-up section (its <see cref="ReadmeBlock.RunTimes"/> block): each
/// suite's published run (each engine part's), their sum, and the reproducibility runs', all from the runs' own clocks.
/// </summary>
public static class RunTimes
{
    public static string Render(IReadOnlyList<SuiteReport> suites)
    {
        var parts = suites.SelectMany(s => s.Published.Executed.Select(run => (Suite: s, Run: run))).ToArray();
        var published = parts.Select(p => Seconds(p.Run)).ToArray();
        var reproductions = suites.SelectMany(s => s.Reproduction?.Executed ?? []).Select(Seconds).ToArray();
        var md = new Markdown();
        if (published.Any(s => s is null))
        {
            md.Line("Run times: unknown (some committed exports predate the lab recording how long a run took).");
            return md.ToString();
        }
        var perPart = parts.Zip(published, (p, seconds) =>
            $"{p.Suite.Name}{(p.Suite.Published.Executed.Count > 1 ? $" ({p.Run.Label})" : "")} {Formatting.Duration(seconds!.Value)}" +
            (seconds > BudgetSeconds ? " (over the 15-minute budget)" : ""));
        var total = published.Sum(s => s!.Value);
        md.Line($"How long the committed results took on the machine that made them (written by the report from the runs' own " +
                $"clocks, builds not included): one results run of every suite **{Total(total)}** " +
                $"({string.Join(", ", perPart)})" +
                (reproductions.Length > 0 && reproductions.All(s => s is not null)
                    ? $"; with `-Reproducibility`, the second run of each as long again: **{Total(total + reproductions.Sum(s => s!.Value))}** in all."
                    : "."));
        return md.ToString();
    }

    /// <summary>How long one published run (a suite, or one of its parts) may take: longer ones are marked.</summary>
    public const double BudgetSeconds = 15 * 60;

    /// <summary>A sum of runs, in hours past the hour: "4 h 12 min"; below it as the pages write a run, "14 min 28 s".</summary>
    private static string Total(double seconds)
    {
        var minutes = (long)Math.Round(seconds / 60);
        return seconds < 3600 ? Formatting.Duration(seconds) : $"{minutes / 60} h {minutes % 60} min";
    }

    private static double? Seconds(SuiteRun run) => run.WallSeconds ?? run.BenchmarkSeconds;
}
