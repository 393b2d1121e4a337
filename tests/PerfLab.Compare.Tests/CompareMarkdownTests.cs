namespace PerfLab.Compare.Tests;

public class CompareMarkdownTests
{
    private static readonly double[] Quiet = [1000, 1004, 996, 1010, 992];

    private static BenchmarkVerdict Row(string name, double factor, long baseBytes = 0, long diffBytes = 0) => new(
        name, "Group", ShiftAnalysis.Analyze(Quiet, Quiet.Select(v => v * factor).ToArray(), ComparePolicy.Default, 1.0), null,
        AllocationChange.Of([baseBytes], [diffBytes]));

    private static CompareResult Report(params BenchmarkVerdict[] rows) => new(
        ComparePolicy.Default, "base", "diff", [], [], Normalized: false, EnvironmentDifferences: [], rows, Added: ["Ns.T.New"], Removed: [], Failed: []);

    [Fact]
    public void Sections_follow_the_verdicts_and_unchanged_rows_are_folded()
    {
        var markdown = CompareMarkdown.Render(Report(
            Row("Ns.T.Slower", 1.3), Row("Ns.T.Faster", 0.7), Row("Ns.T.Same", 1.0, 1024, 1024), Row("Ns.T.Allocates", 1.0, 40, 48)));

        Assert.Contains("**1 regression, 1 improvement, 0 inconclusive, 2 unchanged** of 4 benchmarks compared", markdown);
        Assert.True(markdown.IndexOf("### Regressions (1)", StringComparison.Ordinal) < markdown.IndexOf("### Improvements (1)", StringComparison.Ordinal));
        Assert.Contains("| Ns.T.Slower | 1.000 μs | 1.300 μs | 1.300 |", markdown);
        Assert.Contains("<details><summary>Unchanged (2)</summary>", markdown);
        Assert.Contains("| Ns.T.Allocates | 40 B | 48 B | +8 B |", markdown);
        Assert.DoesNotContain("| Ns.T.Same | 1,024 B", markdown);
        Assert.Contains("### Added (diff only) (1)", markdown);
        Assert.DoesNotContain("[!WARNING]", markdown);
    }

    [Fact]
    public void Geometric_mean_is_over_the_compared_ratios()
    {
        var report = Report(Row("Ns.T.A", 2.0), Row("Ns.T.B", 0.5));
        Assert.Equal(1.0, report.GeometricMeanRatio!.Value, 9);
    }
}
