using System.Text.Json;
using PerfLab.Tests.Shared;

namespace PerfLab.Compare.Tests;

/// <summary>
/// The compare command on real BenchmarkDotNet runs (Fixtures/compare, see its README): an A/A pair, a planted +20%
/// shift, benchmarks added and removed, and every kind of bad input.
/// </summary>
public sealed class CompareCommandTests
{
    private static string Runs(string name) => Path.Combine(Fixture.Root, "compare", name);

    private const string SumScaled = "PerfLab.CompareFixtures.SumBenchmarks.Sum_Scaled(N: 1000)";
    private const string CopyScaled = "PerfLab.CompareFixtures.SumBenchmarks.Copy_Scaled(N: 1000)";

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var run = ReportRun.Of(["compare", .. args]);
        return (run.ExitCode, run.Output, run.Error);
    }

    [Fact]
    public void Unchanged_runs_give_no_regression()
    {
        var (exitCode, output, error) = Run("--base", Runs("base"), "--diff", Runs("same"), "--fail-on", "regression");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains("**0 regressions, ", output);
    }

    [Fact]
    public void Diff_side_pools_the_launches_of_all_its_exports()
    {
        var report = RunComparer.Compare(RunSide.Load(Runs("base")), RunSide.Load(Runs("same")), ComparePolicy.Default, []);

        var sum = report.Benchmarks.Single(b => b.FullName == SumScaled).Time!;
        Assert.Equal(5, sum.BaseValues.Count);
        Assert.Equal(6, sum.DiffValues.Count); // two exports of three launches each
        Assert.NotNull(sum.RatioInterval);
    }

    [Fact]
    public void A_copy_of_an_export_counts_once()
    {
        // E.g. the report's raw/ copy inside the artifacts folder: the same launches must not be counted twice.
        using var scratch = new ScratchFolder();
        var source = Directory.GetFiles(Runs("base"), "*.json").Single();
        foreach (var folder in new[] { "run", Path.Combine("report", "raw", "fixture") })
        {
            Directory.CreateDirectory(scratch.Combine(folder));
            File.Copy(source, Path.Combine(scratch.Combine(folder), Path.GetFileName(source)));
        }

        var side = RunSide.Load(scratch.Path);

        Assert.Single(side.Exports);
        Assert.All(side.Benchmarks, b => Assert.Equal(5, b.Launches.Count));
    }

    [Fact]
    public void Planted_slowdown_is_a_regression_and_exits_1()
    {
        var (exitCode, output, _) = Run("--base", Runs("base"), "--diff", Runs("shifted"), "--fail-on", "regression");

        Assert.Equal(1, exitCode);
        Assert.Contains($"slower: {SumScaled}", output);
        Assert.DoesNotContain("slower: PerfLab.CompareFixtures.SumBenchmarks.Sum_Loop", output);
    }

    [Fact]
    public void The_typed_comparison_returns_what_the_command_prints()
    {
        // What perflab ab calls: the same comparison, its verdicts returned instead of read back from the JSON.
        var (output, error) = (new StringWriter(), new StringWriter());
        var request = new CompareRequest(Runs("base"), Runs("shifted"), ComparePolicy.Default, [], FailOnRegression: true, Markdown: null, Json: null);

        var comparison = CompareCommand.Run(request, output, error);

        Assert.True(comparison.HasRegression);
        Assert.Contains(SumScaled, comparison.WithVerdict(Verdict.Slower).Select(b => b.FullName));
        Assert.Equal(Run("--base", Runs("base"), "--diff", Runs("shifted")).Output, output.ToString());
    }

    [Fact]
    public void Without_fail_on_a_regression_still_exits_0()
    {
        Assert.Equal(0, Run("--base", Runs("base"), "--diff", Runs("shifted")).ExitCode);
    }

    [Fact]
    public void Shift_under_the_noise_floor_is_ignored()
    {
        // The planted shift is tens of nanoseconds: under a 1 µs floor it is no regression.
        var (exitCode, output, _) = Run("--base", Runs("base"), "--diff", Runs("shifted"), "--noise", "1us", "--fail-on", "regression");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("slower:", output);
    }

    [Fact]
    public void Allocation_change_is_reported_exactly()
    {
        var report = RunComparer.Compare(RunSide.Load(Runs("base")), RunSide.Load(Runs("shifted")), ComparePolicy.Default, []);

        var copy = report.Benchmarks.Single(b => b.FullName == CopyScaled).Allocation;
        Assert.True(copy.Changed);
        Assert.Equal(800, copy.Delta); // 200 more ints copied into the new array
        Assert.False(report.Benchmarks.Single(b => b.FullName == SumScaled).Allocation.Changed);
    }

    [Fact]
    public void Added_and_removed_benchmarks_are_listed()
    {
        var (_, output, _) = Run("--base", Runs("base"), "--diff", Runs("shifted"));

        Assert.Contains("### Added (diff only) (1)", output);
        Assert.Contains("- `PerfLab.CompareFixtures.SumBenchmarks.Min_Loop(N: 1000)`", output);
        Assert.Contains("### Removed (base only) (1)", output);
        Assert.Contains("- `PerfLab.CompareFixtures.SumBenchmarks.Max_Loop(N: 1000)`", output);
    }

    [Fact]
    public void Filter_limits_the_comparison()
    {
        var (exitCode, output, _) = Run("--base", Runs("base"), "--diff", Runs("shifted"), "--filter", "*Sum_Loop*", "--fail-on", "regression");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("Sum_Scaled", output);
        Assert.DoesNotContain("Min_Loop", output);
    }

    [Fact]
    public void Markdown_and_json_files_are_written()
    {
        using var scratch = new ScratchFolder();
        var (markdown, json) = (scratch.Combine("out", "comparison.md"), scratch.Combine("out", "comparison.json"));

        var (exitCode, output, _) = Run("--base", Runs("base"), "--diff", Runs("shifted"), "--markdown", markdown, "--json", json);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("## PerfLab compare: base → diff", File.ReadAllText(markdown));
        Assert.DoesNotContain("## PerfLab compare: base → diff", output);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Equal("perflab-compare/1", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("regressions").GetInt32());
        var sum = root.GetProperty("benchmarks").EnumerateArray().Single(b => b.GetProperty("fullName").GetString() == SumScaled);
        Assert.Equal("slower", sum.GetProperty("verdict").GetString());
        Assert.Equal(5, sum.GetProperty("diffLaunches").GetArrayLength());
        Assert.Equal(["PerfLab.CompareFixtures.SumBenchmarks.Min_Loop(N: 1000)"], root.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        Assert.Equal(Run("--base", Runs("base"), "--diff", Runs("shifted")).Output, Run("--base", Runs("base"), "--diff", Runs("shifted")).Output);
    }

    [Fact]
    public void Different_machines_are_flagged_and_compared_through_the_category_baseline()
    {
        // The same real runs, as if the diff had run on another processor (the environment block is all that changes).
        var shifted = RunSide.Load(Runs("shifted"));
        var elsewhere = RunSide.FromExports(shifted.Path,
            shifted.Exports.Select(e => e with { Environment = e.Environment with { ProcessorName = "Another CPU" } }).ToArray());

        var report = RunComparer.Compare(RunSide.Load(Runs("base")), elsewhere, ComparePolicy.Default, []);

        Assert.True(report.Normalized);
        Assert.Contains(report.EnvironmentDifferences, d => d.StartsWith("CPU: ", StringComparison.Ordinal) && d.Contains("Another CPU", StringComparison.Ordinal));
        var baseline = report.Benchmarks.Single(b => b.FullName == "PerfLab.CompareFixtures.SumBenchmarks.Sum_Loop(N: 1000)");
        Assert.Null(baseline.Time);
        Assert.Contains("category baseline", baseline.NotCompared);
        var sum = report.Benchmarks.Single(b => b.FullName == SumScaled).Time!;
        Assert.All(sum.BaseValues.Concat(sum.DiffValues), v => Assert.InRange(v, 0.05, 20)); // ratios to Sum_Loop, not nanoseconds
        Assert.StartsWith("## PerfLab compare: base → diff", CompareMarkdown.Render(report));
        Assert.Contains("> [!WARNING]", CompareMarkdown.Render(report));
    }

    [Fact]
    public void Missing_folder_is_exit_2_with_one_line()
    {
        var (exitCode, output, error) = Run("--base", Runs("does-not-exist"), "--diff", Runs("shifted"));
        AssertBadInput(exitCode, output, error, "does not exist");
    }

    [Fact]
    public void Folder_without_exports_is_exit_2()
    {
        using var scratch = new ScratchFolder();
        var (exitCode, output, error) = Run("--base", scratch.Path, "--diff", Runs("shifted"));
        AssertBadInput(exitCode, output, error, "no BenchmarkDotNet exports");
    }

    [Fact]
    public void Malformed_json_is_exit_2()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.Combine("Broken-report-full.json"), "{ \"HostEnvironmentInfo\": ");
        var (exitCode, output, error) = Run("--base", Runs("base"), "--diff", scratch.Path);
        AssertBadInput(exitCode, output, error, "malformed JSON");
    }

    [Fact]
    public void Json_that_is_not_an_export_is_exit_2()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.Combine("Other-report-full.json"), "{ \"name\": \"not a benchmark\" }");
        var (exitCode, output, error) = Run("--base", Runs("base"), "--diff", scratch.Path);
        AssertBadInput(exitCode, output, error, "not a BenchmarkDotNet full JSON export");
    }

    [Fact]
    public void Export_in_which_everything_failed_is_exit_2()
    {
        var (exitCode, output, error) = Run("--base", Runs("base"), "--diff", Fixture.AllFailed);
        AssertBadInput(exitCode, output, error, "no benchmark in these exports produced a measurement");
    }

    [Theory]
    [InlineData("--threshold", "ten", "--threshold")]
    [InlineData("--noise", "loud", "--noise")]
    [InlineData("--fail-on", "everything", "everything")]
    [InlineData("--filter", "nothing-matches", "no benchmark matches")]
    public void Bad_options_are_exit_2(string option, string value, string expected)
    {
        var (exitCode, output, error) = Run("--base", Runs("base"), "--diff", Runs("shifted"), option, value);
        AssertBadInput(exitCode, output, error, expected);
    }

    [Fact]
    public void Missing_side_is_exit_2()
    {
        var (exitCode, output, error) = Run("--base", Runs("base"));
        AssertBadInput(exitCode, output, error, "--diff");
    }

    private static void AssertBadInput(int exitCode, string output, string error, string expected)
    {
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("perflab: ", line);
        Assert.Contains(expected, line);
    }
}
