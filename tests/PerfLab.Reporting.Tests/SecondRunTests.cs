namespace PerfLab.Reporting.Tests;

/// <summary><c>report --second-run</c>: a compare of the reported run with a repeat marks what moved, and is published with it.</summary>
public sealed class SecondRunTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static string Runs(string name) => Path.Combine(Fixture.Root, "compare", name);

    /// <summary>The lab's own compare of two fixture runs, as JSON and markdown side by side.</summary>
    private string Comparison(string baseRun, string diffRun)
    {
        var json = _scratch.Combine($"{baseRun}-vs-{diffRun}.json");
        var run = ReportRun.Of("compare", "--base", Runs(baseRun), "--diff", Runs(diffRun), "--json", json, "--markdown", Path.ChangeExtension(json, ".md"));
        Assert.True(run.ExitCode == 0, run.Error);
        return json;
    }

    [Fact]
    public void Each_result_shows_its_move_and_the_comparison_is_published_under_noise()
    {
        var comparison = Comparison("base", "shifted");
        var output = _scratch.Combine("results");

        var run = ReportRun.Of("report", "--input", Runs("base"), "--output", output, "--second-run", comparison);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = File.ReadAllText(Path.Combine(output, "fixture.md"));
        Assert.Contains("- **Second run**: [noise/run-to-run.md](noise/run-to-run.md)", page, StringComparison.Ordinal);
        // Sum_Scaled did 20% more work in the shifted run: its row says how far it moved.
        var sumScaled = page.Split('\n').Single(l => l.StartsWith("| Sum_Scaled |", StringComparison.Ordinal));
        Assert.Contains("moved +", sumScaled, StringComparison.Ordinal);
        Assert.Contains("moved more than 10% in the second run: ", File.ReadAllText(Path.Combine(output, "README.md")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(comparison), File.ReadAllBytes(Path.Combine(output, "noise", "run-to-run.json")));
        Assert.Equal(File.ReadAllBytes(Path.ChangeExtension(comparison, ".md")), File.ReadAllBytes(Path.Combine(output, "noise", "run-to-run.md")));
    }

    [Fact]
    public void The_diff_side_can_be_the_reported_run()
    {
        var run = ReportRun.Of("report", "--input", Runs("shifted"), "--output", _scratch.Combine("results"), "--second-run", Comparison("base", "shifted"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("moved −", File.ReadAllText(_scratch.Combine("results", "fixture.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_a_second_run_removes_the_previous_one()
    {
        var output = _scratch.Combine("results");
        Assert.Equal(0, ReportRun.Of("report", "--input", Runs("base"), "--output", output, "--second-run", Comparison("base", "shifted")).ExitCode);

        Assert.Equal(0, ReportRun.Report(Runs("base"), output).ExitCode);

        Assert.False(Directory.Exists(Path.Combine(output, "noise")), "a comparison of other runs must not outlive the pages it described");
    }

    [Fact]
    public void A_comparison_of_other_runs_is_refused_and_nothing_is_written()
    {
        var comparison = Comparison("base", "shifted");
        var output = _scratch.Combine("results");

        var run = ReportRun.Of("report", "--input", Runs("same"), "--output", output, "--second-run", comparison);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"perflab-reporting: {comparison}: compares other runs than the one reported", run.Error.Split(" (")[0]);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_comparison_of_another_suite_is_refused()
    {
        var run = ReportRun.Of("report", "--input", Fixture.Lab, "--output", _scratch.Combine("results"), "--second-run", Comparison("base", "shifted"));
        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("none of the reported benchmarks is in this comparison\n", run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "no such comparison file")]
    [InlineData("{ \"schema\": \"perflab-compare/1\", \"benchmarks\": [ { \"fullName\": 1 } ] }", "malformed comparison JSON")]
    [InlineData("{ \"schema\": \"other\" }", "not a comparison written by `compare --json`")]
    [InlineData("[1, 2", "malformed comparison JSON")]
    public void A_bad_comparison_file_is_one_line_and_exit_2(string content, string message)
    {
        var file = _scratch.Combine("comparison.json");
        if (content != "missing") File.WriteAllText(file, content);

        var run = ReportRun.Of("report", "--input", Runs("base"), "--output", _scratch.Combine("results"), "--second-run", file);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"perflab-reporting: {file}: {message}", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
