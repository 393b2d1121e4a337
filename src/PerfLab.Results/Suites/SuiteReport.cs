namespace PerfLab.Results.Suites;

/// <summary>
/// One suite's results, ready to render: the published run and, when the input has a second run of the suite, its
/// reproducibility run and how far every ratio moved between the two.
/// </summary>
/// <param name="Name">The suite name (the lab's, else derived from the export, see <see cref="BenchmarkExport.Suite"/>).</param>
/// <param name="Slug">File-name form of <paramref name="Name"/>: the page is <c>{Slug}.md</c>.</param>
/// <param name="Published">The earlier-starting run: what the pages show.</param>
/// <param name="Reproduction">The latest later run of the same suite (the reproducibility run); null when the input has one run.</param>
/// <param name="Reproducibility">Every ratio's movement between the two runs; null without a reproducibility run.</param>
public sealed record SuiteReport(string Name, string Slug, SuiteRun Published, SuiteRun? Reproduction, Reproducibility? Reproducibility)
{
    public IReadOnlyList<Comparison> Comparisons => Published.Comparisons;

    /// <summary>
    /// Reproducibility runs made before <see cref="Reproduction"/> on other boots or machines, each paired with the
    /// published run, earliest first: what the same ratios did on the machines measured before.
    /// </summary>
    public IReadOnlyList<ReproductionPair> EarlierReproductions { get; init; } = [];

    /// <summary>Every export the page was made from (all runs).</summary>
    public IEnumerable<BenchmarkExport> Exports =>
        Published.Exports.Concat(Reproduction?.Exports ?? []).Concat(EarlierReproductions.SelectMany(p => p.Run.Exports));

    /// <summary>The same comparison in the reproducibility run, if it has it.</summary>
    public Comparison? Reproduced(Comparison comparison) => Reproduction?.Comparisons.FirstOrDefault(c => c.Name == comparison.Name);
}

/// <summary>A reproducibility run and how far every ratio moved in it against the published run.</summary>
public sealed record ReproductionPair(SuiteRun Run, Reproducibility Reproducibility);
