using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>
/// Ordering claims of headline findings (src/PerfLab.Reporting/README.md, <c>--findings</c>; issue 14) and findings
/// whose rows were not measured (issue 15, defect 9), on the two-run, six-round fixture: at Size=100 Sum_ListCopy is
/// the slowest, at Size=10000 Sum_Linq is; Concat_StringJoin ties with its baseline.
/// </summary>
public sealed class FindingClaimsTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private ReportRun Report(string comparison, string parameters, string technique, string versus, string claims)
    {
        var findings = _scratch.Combine("findings.json");
        File.WriteAllText(findings, $$"""
            { "findings": [ { "question": "Q", "suite": "demo", "comparison": "{{comparison}}", {{parameters}}
                              "technique": "{{technique}}", "versus": "{{versus}}", "meaning": "M.", "holdsWhen": {}, "claims": [ {{claims}} ] } ] }
            """);
        return ReportRun.Of("report", "--input", RoundsFixture.Write(_scratch.Combine("input")), "--output", _scratch.Combine("results"), "--findings", findings);
    }

    private string FindingRow => File.ReadAllText(_scratch.Combine("results", "README.md")).Split('\n').Single(l => l.StartsWith("| [Q]", StringComparison.Ordinal));

    [Fact]
    public void A_claim_that_holds_at_every_size_leaves_the_meaning_alone()
    {
        var run = Report("Sum", "\"parameters\": \"Size=100\",", "Sum_Linq", "Sum_ForLoop", """{ "fastest": "Sum_ForLoop", "atEverySize": true }""");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.DoesNotContain("Re-check", FindingRow, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_that_fails_at_one_size_flags_re_check_with_the_reason()
    {
        var run = Report("Sum", "\"parameters\": \"Size=100\",", "Sum_ListCopy", "Sum_ForLoop", """{ "slowest": "Sum_ListCopy", "atEverySize": true }""");

        Assert.Equal(0, run.ExitCode);
        const string reason = "claim \"Sum_ListCopy is the slowest at every size\" fails at Size=10000: Sum_ListCopy ÷ Sum_Linq = 0.49× [";
        Assert.Contains($"**Re-check:** {reason}", FindingRow, StringComparison.Ordinal);
        Assert.Contains($"warning: finding \"Q\": {reason}", run.Error, StringComparison.Ordinal);
        // Only at its own size it holds.
        Assert.Equal(0, Report("Sum", "\"parameters\": \"Size=100\",", "Sum_ListCopy", "Sum_ForLoop", """{ "slowest": "Sum_ListCopy" }""").ExitCode);
        Assert.DoesNotContain("Re-check", FindingRow, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tie_does_not_hold_as_faster()
    {
        var run = Report("Concat", "", "Concat_StringJoin", "Concat_StringBuilder", """{ "faster": "Concat_StringJoin", "than": "Concat_StringBuilder" }""");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("**Re-check:** claim \"Concat_StringJoin is faster than Concat_StringBuilder\" fails: Concat_StringJoin ÷ Concat_StringBuilder = tie: 0.96× [0.96–1.04]", FindingRow, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "fastest": "Nope" }""", "Sum has no technique Nope (it has ")]
    [InlineData("""{ "fastest": "Sum_Linq", "slowest": "Sum_ListCopy" }""", "a claim needs exactly one of fastest, slowest or faster")]
    [InlineData("""{ "faster": "Sum_Linq" }""", "\"faster\" and \"than\" go together")]
    public void A_claim_naming_an_unknown_technique_or_malformed_is_bad_input(string claim, string message)
    {
        var run = Report("Sum", "\"parameters\": \"Size=100\",", "Sum_Linq", "Sum_ForLoop", claim);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"finding \"Q\": {message}", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.False(Directory.Exists(_scratch.Combine("results")));
    }

    [Fact]
    public void Defect_9_a_finding_whose_rows_were_not_measured_says_so_and_the_report_succeeds()
    {
        // As on a machine without redis-server: the suite ran, its Redis comparison did not.
        var run = Report("Caching.Redis", "", "RedisHit", "SqliteRead", "");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| not measured |", FindingRow, StringComparison.Ordinal);
        Assert.Contains("**Not measured in this run:** the run has no comparison Caching.Redis (its benchmarks were filtered out or failed; see the run's log). M.", FindingRow, StringComparison.Ordinal);
        Assert.Contains("warning: finding \"Q\": not measured in this run", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_the_run_recorded_as_skipped_gives_its_reason()
    {
        var input = RoundsFixture.Write(_scratch.Combine("input"));
        // What the exporter writes when a benchmark class dropped its rows (LabSkips), e.g. without redis-server.
        foreach (var export in Directory.GetFiles(input, "*-report-full.json", SearchOption.AllDirectories))
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(export))!;
            json["PerfLab"]!["Skipped"] = new System.Text.Json.Nodes.JsonArray(
                new System.Text.Json.Nodes.JsonObject { ["Comparison"] = "Caching.Redis", ["Reason"] = "no redis-server binary found" });
            File.WriteAllText(export, json.ToJsonString());
        }
        var findings = _scratch.Combine("findings.json");
        File.WriteAllText(findings, """
            { "findings": [ { "question": "Q", "suite": "demo", "comparison": "Caching.Redis", "technique": "RedisHit", "versus": "SqliteRead",
                              "meaning": "M.", "holdsWhen": {} } ] }
            """);

        var run = ReportRun.Of("report", "--input", input, "--output", _scratch.Combine("results"), "--findings", findings);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("**Not measured in this run:** Caching.Redis was skipped: no redis-server binary found. M.", FindingRow, StringComparison.Ordinal);
    }
}
