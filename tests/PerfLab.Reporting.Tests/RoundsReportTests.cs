using System.Text.Json.Nodes;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>Schema-2 input: runs of rounds, pooled ratios and ties, the trend check and the reproducibility run.</summary>
public sealed class RoundsReportTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string TwoRuns() => RoundsFixture.Write(_scratch.Combine("input"));

    private string Output => _scratch.Combine("results");

    private string Read(string page) => File.ReadAllText(Path.Combine(Output, page));

    [Fact]
    public void Ratios_are_pooled_over_rounds_with_their_interval_and_a_tie_reads_as_one()
    {
        var run = ReportRun.Report(TwoRuns(), Output);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = Read("demo.md");
        Assert.Contains("- **Published run**: run `20261127T090000Z-demo-aaaa`, 6 rounds; run seed 1000, round seeds 1001, 1002, 1003, 1004, 1005, 1006", page, StringComparison.Ordinal);
        var join = page.Split('\n').Single(l => l.StartsWith("| Concat_StringJoin |", StringComparison.Ordinal));
        Assert.Contains("| tie: 0.96× [0.96–1.04] |", join, StringComparison.Ordinal);
        Assert.Contains("Concat_StringJoin ties with it (0.96× [0.96–1.04])", page, StringComparison.Ordinal);
        var index = Read("README.md");
        Assert.Contains("Concat_StringJoin tie: 0.96× [0.96–1.04]", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_trending_in_most_rounds_is_not_steady_on_its_page_and_in_the_index()
    {
        Assert.Equal(0, ReportRun.Report(TwoRuns(), Output).ExitCode);

        var listCopy = Read("demo.md").Split('\n').Single(l => l.StartsWith("| Sum_ListCopy | 100 |", StringComparison.Ordinal));
        Assert.Contains("| ⚠ not steady: trend in 4 of 6 rounds (Theil-Sen line: −", listCopy, StringComparison.Ordinal);
        var join = Read("demo.md").Split('\n').Single(l => l.StartsWith("| Concat_StringJoin |", StringComparison.Ordinal));
        Assert.Contains("| steady |", join, StringComparison.Ordinal);
        Assert.Contains("| [demo](demo.md) | 2 | 8 | 1 | 0 | 1 | 6 |", Read("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_reproducibility_run_gives_every_ratios_movement_on_the_noise_page_and_the_index()
    {
        Assert.Equal(0, ReportRun.Report(TwoRuns(), Output).ExitCode);

        var noise = JsonNode.Parse(Read("noise/run-to-run.json"))!;
        var ratios = noise["ratios"]!.AsArray();
        // Sum_Linq at both sizes moved by 8%; Sum_ListCopy (both sizes) and Concat_StringJoin not at all.
        Assert.Equal(5, ratios.Count);
        Assert.Equal(0.08, ratios[0]!["movement"]!.GetValue<double>(), 9);
        Assert.Equal(0.08, ratios[1]!["movement"]!.GetValue<double>(), 9);
        Assert.Equal(0, noise["overall"]!["median"]!.GetValue<double>(), 9);
        Assert.Equal(0.08, noise["overall"]!["p90"]!.GetValue<double>(), 9);
        Assert.Equal(0.08, noise["overall"]!["max"]!.GetValue<double>(), 9);
        Assert.Contains("| **all suites** | – | – | 5 | 0% | 8% | 8% | yes |", Read("noise/run-to-run.md"), StringComparison.Ordinal);
        Assert.Contains("median 0%, p90 8%, max 8% (n = 5)", Read("README.md"), StringComparison.Ordinal);
        Assert.Contains("| Reproducibility run |", Read("demo.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_third_run_of_a_suite_is_its_latest_reproducibility_run_and_the_second_stays_as_an_earlier_one()
    {
        var input = TwoRuns();
        V2Exports.WriteRun(input, Fixture.Lab, "third", 1, startHour: 13);

        var run = ReportRun.Report(input, Output);

        Assert.True(run.ExitCode == 0, run.Error);
        var noise = File.ReadAllText(Path.Combine(Output, "noise", "run-to-run.md"));
        Assert.Contains("| [demo](../demo.md) | `20261127T090000Z-demo-aaaa` | `third` |", noise, StringComparison.Ordinal);
        Assert.Contains("| demo, earlier | `20261127T090000Z-demo-aaaa` | `20261127T110000Z-demo-bbbb` |", noise, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetDirectories(Path.Combine(Output, "raw", "demo")).Length);
    }

    [Fact]
    public void Runs_of_different_profiles_are_not_reported_together()
    {
        var input = _scratch.Combine("input");
        V2Exports.WriteRun(input, Fixture.Lab, "published", 2);
        V2Exports.WriteRun(input, Fixture.Lab, "quick", 1, profile: "quick", startHour: 11);

        var run = ReportRun.Report(input, Output);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("perflab: suite demo: its runs mix profiles (published: results; quick: quick)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_missing_rounds_says_which()
    {
        var input = V2Exports.WriteRun(_scratch.Combine("input"), Fixture.Lab, "r1", 4);
        Directory.Delete(Path.Combine(input, "demo", "r1", "round-03"), recursive: true);

        Assert.Equal(0, ReportRun.Report(input, Output).ExitCode);

        Assert.Contains("- **Published run**: run `r1`, 3 of 4 rounds (incomplete, missing round 3)", Read("demo.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_lab_block_and_the_new_one_read_the_same()
    {
        var converted = V2Exports.WriteRun(_scratch.Combine("v2"), Fixture.Lab, "single", 1);
        var old = Results.Exports.ExportLoader.Load(Fixture.Lab);
        var v2 = Results.Exports.ExportLoader.Load(converted);

        Assert.Equal(old.Select(e => e.Suite), v2.Select(e => e.Suite));
        Assert.Equal(
            old.SelectMany(e => e.Benchmarks).Select(b => (b.FullName, string.Join(",", b.Categories ?? []), b.Baseline, b.Metrics?.GetValueOrDefault("PayloadBytes"))),
            v2.SelectMany(e => e.Benchmarks).Select(b => (b.FullName, string.Join(",", b.Categories ?? []), b.Baseline, b.Metrics?.GetValueOrDefault("PayloadBytes"))));
        Assert.All(v2, e => Assert.Equal(("single", 1, "results"), (e.RunId, e.Round, e.Lab!.Profile)));
    }
}
