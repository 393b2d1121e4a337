namespace PerfLab.Lab.Tests;

/// <summary>perflab report as its pages and the READMEs print it.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void Without_findings_the_report_reads_the_repositorys_bench_findings()
    {
        using var lab = new LabFixture();
        var output = Path.Combine(lab.Artifacts, "report");

        Assert.Equal(0, lab.Run("report", "--input", Path.Combine(LabFixture.Repository, "results", "raw", "queries"), "--output", output));

        Assert.Contains("## Headline findings", File.ReadAllText(Path.Combine(output, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_findings_file_is_still_the_one_read()
    {
        using var lab = new LabFixture();
        var missing = Path.Combine(lab.Artifacts, "no-findings.json");

        Assert.Equal(ExitCodes.BadInput, lab.Run("report", "--input", Path.Combine(LabFixture.Repository, "results", "raw", "queries"),
            "--output", Path.Combine(lab.Artifacts, "report"), "--findings", missing));

        Assert.Contains(missing, lab.Error.ToString(), StringComparison.Ordinal);
    }
}
