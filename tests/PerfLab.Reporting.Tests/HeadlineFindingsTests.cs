using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using PerfLab.Reporting.Pages;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary><c>report --findings [--readme]</c>: headline ratios measured from the run, meanings checked against them.</summary>
public sealed class HeadlineFindingsTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static string Runs(string name) => Path.Combine(Fixture.Root, "compare", name);

    private string FindingsFile(string holdsWhen = """{ "above": 0.5 }""", string technique = "Sum_Scaled", string extra = "", string suite = "fixture")
    {
        var path = _scratch.Combine("findings.json");
        File.WriteAllText(path, $$"""
            // comments are allowed
            { "findings": [ {
                "question": "Sum more elements or fewer",
                "suite": "{{suite}}", "comparison": "Summing", "parameters": "N=1000",
                "technique": "{{technique}}", "versus": "Sum_Loop",
                "meaning": "More work takes longer.", "holdsWhen": {{holdsWhen}} {{extra}}
            } ] }
            """);
        return path;
    }

    /// <summary>The compare fixture's base run as a 6-round results run; Sum_Scaled's ratio varies by a few percent between rounds.</summary>
    private string Input(int runs = 1)
    {
        var input = _scratch.Combine("input");
        if (Directory.Exists(input)) return input;
        V2Exports.WriteRun(input, Runs("base"), "r1", 6, (method, round) => method == "Sum_Scaled" ? 1 + 0.02 * (round % 3 - 1) : 1);
        if (runs == 2) V2Exports.WriteRun(input, Runs("base"), "r2", 6, (method, round) => method == "Sum_Scaled" ? 1.1 * (1 + 0.02 * (round % 3 - 1)) : 1, startHour: 11);
        return input;
    }

    private ReportRun Report(string findings, params string[] extra) =>
        ReportRun.Of(["report", "--input", Input(), "--output", _scratch.Combine("results"), "--findings", findings, .. extra]);

    private string Index => File.ReadAllText(_scratch.Combine("results", "README.md"));

    [Fact]
    public void The_ratio_is_measured_from_the_run_and_the_row_links_its_comparison()
    {
        var run = Report(FindingsFile());

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(run.Error == "", run.Error);
        var page = File.ReadAllText(_scratch.Combine("results", "fixture.md"));
        // The page's Ratio column and the finding pool the same round ratios the same way.
        var pageRatio = page.Split('\n').Single(l => l.StartsWith("| Sum_Scaled | 1000 |", StringComparison.Ordinal)).Split('|')[5].Trim();
        Assert.Matches(@"^\d\.\d\d× \[\d\.\d\d–\d\.\d\d\]$", pageRatio);
        var row = Index.Split('\n').Single(l => l.StartsWith("| [Sum more elements or fewer](fixture.md#summing) (N=1000) |", StringComparison.Ordinal));
        Assert.Contains($"**{pageRatio}**", row, StringComparison.Ordinal);
        Assert.EndsWith("| More work takes longer. |", row, StringComparison.Ordinal);
        Assert.Contains("## Headline findings", Index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meaning_the_measurement_contradicts_is_flagged_and_warned_about()
    {
        var run = Report(FindingsFile(holdsWhen: """{ "below": 0.5 }"""));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("perflab report: warning: finding \"Sum more elements or fewer\": meaning written for a ratio below 0.50×, measured ", run.Error, StringComparison.Ordinal);
        Assert.Contains("**Re-check:** written for a ratio below 0.50×, this run measured ", Index, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_reproducibility_run_each_finding_shows_both_runs_ratios()
    {
        Input(runs: 2);

        var run = Report(FindingsFile(holdsWhen: "{}"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("| Question | Ratio | Reproducibility run | What it means |", Index, StringComparison.Ordinal);
        var row = Index.Split('\n').Single(l => l.StartsWith("| [Sum more elements or fewer]", StringComparison.Ordinal));
        Assert.Contains("(+10%) |", row, StringComparison.Ordinal);
        Assert.Contains("Between the two runs these ratios moved by a median of 10%", Index, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_of_a_suite_not_in_the_report_are_skipped()
    {
        var run = Report(FindingsFile(suite: "orm"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("## Headline findings", Index, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nope", "", "finding \"Sum more elements or fewer\": Summing has no technique Nope (it has ")]
    [InlineData("Sum_Scaled", ", \"colour\": 1", "malformed findings file")]
    public void A_finding_that_does_not_resolve_is_one_line_exit_2_and_writes_nothing(string technique, string extra, string message)
    {
        var findings = FindingsFile(technique: technique, extra: extra);

        var run = Report(findings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"perflab: {findings}: {message}", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_scratch.Combine("results")));
    }

    [Fact]
    public void Words_that_claim_more_than_the_checked_range_are_one_line_exit_2_and_write_nothing()
    {
        var findings = _scratch.Combine("findings.json");
        File.WriteAllText(findings, """
            { "findings": [ { "question": "Q", "suite": "demo", "comparison": "Sum", "parameters": "Size=10000", "technique": "Sum_Linq", "versus": "Sum_ForLoop",
                              "meaning": "LINQ is more than an order of magnitude slower. The rest is detail.", "holdsWhen": { "above": 2 } } ] }
            """);
        var run = ReportRun.Of("report", "--input", Fixture.Lab, "--output", _scratch.Combine("results"), "--findings", findings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"perflab: {findings}: finding \"Q\": its words \"more than an order of magnitude slower\" claim a ratio above 10.0×, but \"holdsWhen\" checks above 2.00×", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_scratch.Combine("results")));
    }

    [Fact]
    public void A_comparison_with_several_parameter_sets_needs_one_named()
    {
        var findings = _scratch.Combine("findings.json");
        File.WriteAllText(findings, """
            { "findings": [ { "question": "Q", "suite": "demo", "comparison": "Sum", "technique": "Sum_Linq", "versus": "Sum_ForLoop",
                              "meaning": "M", "holdsWhen": {} } ] }
            """);
        var run = ReportRun.Of("report", "--input", Fixture.Lab, "--output", _scratch.Combine("results"), "--findings", findings);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Sum has 2 parameter sets: name one in \"parameters\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_block_is_replaced_and_everything_around_it_kept()
    {
        var readme = _scratch.Combine("README.md");
        File.WriteAllText(readme, "# Lab\n\nintro\n\n<!-- perflab:findings:begin (generated) -->\nstale\n<!-- perflab:findings:end -->\n\nmore\n");

        var run = Report(FindingsFile(), "--readme", readme);

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(readme);
        Assert.StartsWith("# Lab\n\nintro\n\n<!-- perflab:findings:begin (generated) -->\n\nEach ratio divides", text, StringComparison.Ordinal);
        Assert.EndsWith("<!-- perflab:findings:end -->\n\nmore\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stale", text, StringComparison.Ordinal);
        // From the repository root the rows link into the report folder.
        Assert.Contains("](results/fixture.md#summing)", text, StringComparison.Ordinal);

        Assert.Equal(0, Report(FindingsFile(), "--readme", readme).ExitCode);
        Assert.Equal(text, File.ReadAllText(readme));
    }

    /// <summary>The README's run times come from the committed runs' clocks, so no duration on it is typed.</summary>
    [Fact]
    public void The_readme_run_times_block_is_written_from_the_runs_own_clocks()
    {
        var readme = _scratch.Combine("README.md");
        File.WriteAllText(readme, "# Lab\n\n<!-- perflab:findings:begin -->\n<!-- perflab:findings:end -->\n\nrun it:\n\n" +
                                  "<!-- perflab:runtimes:begin (generated) -->\nstale 7-15 minutes\n<!-- perflab:runtimes:end -->\n\nmore\n");

        var run = ReportRun.Of(["report", "--input", Input(runs: 2), "--output", _scratch.Combine("results"), "--findings", FindingsFile(), "--readme", readme]);

        Assert.True(run.ExitCode == 0, run.Error);
        var text = File.ReadAllText(readme);
        // 6 rounds of 50 s each by the hosts' wall clock, and the reproducibility run as long again.
        Assert.Contains("<!-- perflab:runtimes:begin (generated) -->\n\nHow long the committed results took on the machine that made them " +
                        "(written by the report from the runs' own clocks, builds not included): one results run of every suite **5 min 0 s** " +
                        "(fixture 5 min 0 s); with `-Reproducibility`, the second run of each as long again: **10 min 0 s** in all.\n<!-- perflab:runtimes:end -->\n\nmore\n",
            text, StringComparison.Ordinal);
        Assert.DoesNotContain("stale", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_run_times_block_is_refused_before_anything_is_written()
    {
        var readme = _scratch.Combine("README.md");
        var content = "<!-- perflab:findings:begin -->\n<!-- perflab:findings:end -->\n<!-- perflab:runtimes:begin -->\n";
        File.WriteAllText(readme, content);

        var run = Report(FindingsFile(), "--readme", readme);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("perflab:runtimes:end", run.Error, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(readme));
        Assert.False(Directory.Exists(_scratch.Combine("results")));
    }

    [Theory]
    [InlineData("# no markers\n")]
    [InlineData("<!-- perflab:findings:end -->\n<!-- perflab:findings:begin -->\n")]
    [InlineData("<!-- perflab:findings:begin --><!-- perflab:findings:end -->\n")]
    public void A_readme_without_a_well_formed_block_is_refused_before_anything_is_written(string content)
    {
        var readme = _scratch.Combine("README.md");
        File.WriteAllText(readme, content);

        var run = Report(FindingsFile(), "--readme", readme);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"perflab: {readme}: ", run.Error, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(readme));
        Assert.False(Directory.Exists(_scratch.Combine("results")));
    }

    [Fact]
    public void A_readme_without_findings_is_a_usage_error()
    {
        var run = ReportRun.Of("report", "--input", Input(), "--output", _scratch.Combine("results"), "--readme", _scratch.Combine("README.md"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("perflab: --readme needs --findings: the block is the findings table\n", run.Error.ReplaceLineEndings("\n"));
    }

    private string InputWithDurations(params (string File, double TotalSeconds, string? Host, double? HostSeconds)[] exports)
    {
        var input = _scratch.Combine("input");
        Directory.CreateDirectory(input);
        foreach (var (file, total, host, hostSeconds) in exports)
        {
            var export = JsonNode.Parse(File.ReadAllText(Fixture.File(Fixture.Lab, file)))!;
            export["Lab"]!["TotalSeconds"] = total;
            if (host is not null) export["Lab"]!["HostStartedUtc"] = host;
            if (hostSeconds is not null) export["Lab"]!["HostSeconds"] = hostSeconds;
            File.WriteAllText(Path.Combine(input, file), export.ToJsonString());
        }
        return input;
    }

    private const string SumExport = "Fixture.Demo.SumBenchmarks-report-full.json";
    private const string ConcatExport = "Fixture.Demo.ConcatBenchmarks-report-full.json";

    [Fact]
    public void The_run_time_is_the_wall_clock_of_each_host_to_its_last_export()
    {
        // One host exported twice (60 s, then 75 s after it started): the suite took 75 s, not 135.
        var input = InputWithDurations((SumExport, 55.0, "2026-11-25T09:00:00.0000000Z", 60.0), (ConcatExport, 12.5, "2026-11-25T09:00:00.0000000Z", 75.0));

        Assert.Equal(0, ReportRun.Report(input, _scratch.Combine("results")).ExitCode);

        Assert.Contains("- **Duration**: 1 min 15 s for 9 cases in the published runs, by the wall clock of their processes (each round from its start " +
                        "to its last export; builds before them are not in it), of which BenchmarkDotNet's own clock counts 1 min 8 s.", Index, StringComparison.Ordinal);
        Assert.Contains("- **Published run**: a run without id, 1 round; 1 min 15 s by the wall clock of its processes (BenchmarkDotNet's clock: 1 min 8 s)",
            File.ReadAllText(_scratch.Combine("results", "demo.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Separate_hosts_add_up()
    {
        var input = InputWithDurations((SumExport, 55.0, "2026-11-25T09:00:00.0000000Z", 60.0), (ConcatExport, 12.5, "2026-11-25T10:00:00.0000000Z", 15.0));
        Assert.Equal(0, ReportRun.Report(input, _scratch.Combine("results")).ExitCode);
        Assert.Contains("- **Duration**: 1 min 15 s for 9 cases in the published runs, by the wall clock", Index, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_hosts_wall_clock_the_run_time_is_benchmarkdotnets()
    {
        var input = InputWithDurations((SumExport, 60.2, null, null), (ConcatExport, 4.9, null, null));
        Assert.Equal(0, ReportRun.Report(input, _scratch.Combine("results")).ExitCode);
        Assert.Contains("- **Duration**: 1 min 5 s for 9 cases by BenchmarkDotNet's own clock, summed over the exports", Index, StringComparison.Ordinal);
        Assert.Contains("- **Published run**: a run without id, 1 round; 1 min 5 s by BenchmarkDotNet's clock",
            File.ReadAllText(_scratch.Combine("results", "demo.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_labs_findings_file_loads_and_has_one_finding_per_comparison_and_engine()
    {
        var specs = HeadlineFindings.Load(Path.Combine(RepositoryRoot(), "bench", "findings.json"));

        // A comparison measured on two engines may answer once per engine (the engine is part of its parameters).
        static string Engine(string? parameters) =>
            (parameters ?? "").Split(", ").FirstOrDefault(p => p.StartsWith(EngineNames.ParameterName + "=", StringComparison.Ordinal)) ?? EngineNames.Default;
        Assert.Equal(specs.Count, specs.Select(s => (s.Suite, s.Comparison, Engine(s.Parameters))).Distinct().Count());
        // Measured quantities come from the run, never from the text.
        Assert.All(specs, s => Assert.DoesNotMatch(@"\d\s*(×|%|x\b|ms\b|μs\b|us\b|ns\b|s\b)", s.Meaning));
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
