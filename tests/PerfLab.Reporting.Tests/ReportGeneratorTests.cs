using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

public sealed class ReportGeneratorTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Report_writes_pages_charts_index_and_raw_copies()
    {
        using var scratch = new ScratchFolder();
        var output = scratch.Combine("results");

        var run = ReportRun.Report(Fixture.Lab, output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(
        [
            ".perflab-report.json",
            "README.md",
            "charts/demo/concat.png",
            "charts/demo/sum-scaling.png",
            "charts/demo/sum.png",
            "demo.md",
            "raw/demo/Fixture.Demo.ConcatBenchmarks-report-full.json",
            "raw/demo/Fixture.Demo.SumBenchmarks-report-full.json",
        ], ReportRun.Snapshot(output).Keys);
        Assert.Equal(File.ReadAllBytes(Fixture.File(Fixture.Lab, "Fixture.Demo.SumBenchmarks-report-full.json")),
            File.ReadAllBytes(Path.Combine(output, "raw/demo/Fixture.Demo.SumBenchmarks-report-full.json")));
    }

    [Fact]
    public void Output_given_with_a_trailing_slash_is_the_same_folder_and_missing_parents_are_created()
    {
        using var scratch = new ScratchFolder();
        var output = scratch.Combine("results");
        Assert.Equal(0, ReportRun.Report(Fixture.Stock, output + Path.DirectorySeparatorChar).ExitCode);
        Assert.Equal(0, ReportRun.Report(Fixture.Stock, output + Path.DirectorySeparatorChar).ExitCode);

        Assert.True(File.Exists(Path.Combine(output, "README.md")));
        Assert.Equal(["results"], Directory.GetDirectories(scratch.Path).Select(Path.GetFileName));
        Assert.Equal(0, ReportRun.Report(Fixture.Stock, scratch.Combine("nested", "deeper", "results")).ExitCode);
        Assert.True(File.Exists(scratch.Combine("nested", "deeper", "results", "README.md")));
        Assert.Equal(["charts", "raw"], Directory.GetDirectories(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Charts_are_non_empty_pngs_linked_from_the_page()
    {
        using var scratch = new ScratchFolder();
        var output = scratch.Combine("results");
        Assert.Equal(0, ReportRun.Report(Fixture.Lab, output).ExitCode);

        var page = File.ReadAllText(Path.Combine(output, "demo.md"));
        foreach (var chart in Directory.GetFiles(Path.Combine(output, "charts", "demo")))
        {
            var bytes = File.ReadAllBytes(chart);
            Assert.True(bytes.Length > 5_000, $"{chart} is only {bytes.Length} bytes");
            Assert.Equal(PngSignature, bytes[..8]);
            Assert.Contains($"(charts/demo/{Path.GetFileName(chart)})", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Same_input_gives_byte_identical_output_including_charts()
    {
        using var scratch = new ScratchFolder();
        Assert.Equal(0, ReportRun.Report(Fixture.Lab, scratch.Combine("first")).ExitCode);
        Assert.Equal(0, ReportRun.Report(Fixture.Lab, scratch.Combine("second")).ExitCode);

        var first = ReportRun.Snapshot(scratch.Combine("first"));
        var second = ReportRun.Snapshot(scratch.Combine("second"));
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), $"{file.Key} differs between runs"));
    }

    [Fact]
    public void Compressed_export_gives_the_same_page_as_the_indented_one()
    {
        using var scratch = new ScratchFolder();
        Assert.Equal(0, ReportRun.Report(Fixture.Stock, scratch.Combine("indented")).ExitCode);
        Assert.Equal(0, ReportRun.Report(Fixture.StockCompressed, scratch.Combine("compressed")).ExitCode);

        Assert.Equal(File.ReadAllText(scratch.Combine("indented", "fixture.demo.md")), File.ReadAllText(scratch.Combine("compressed", "fixture.demo.md")));
        Assert.True(File.Exists(scratch.Combine("compressed", "raw", "fixture.demo", "Fixture.Demo.StockHashing-report-full-compressed.json")));
    }

    [Theory]
    // A failed benchmark mixed with good ones is listed, not dropped.
    [InlineData("lab", "demo.md", "- **Failed:** Concat_Throws: no measurements", "- [Concat](#concat) (2 measured, 1 failed)")]
    // A dry run (the lab's quick profile) is flagged, and has no confidence interval to show.
    [InlineData("quick", "demo.md", "> **Warning:** every case was measured fewer than 3 times per round (at most 1; a dry run)",
        "| Technique | Size | Best round | Ratio [95% interval] |", "- **Failed:** Concat_Throws")]
    // A stock export is grouped by type and has no baseline, so no ratio column.
    [InlineData("stock", "fixture.demo.md", "## StockHashing", "**No baseline**", "| Technique | Best round | Allocated |")]
    public void Page_says(string fixture, string page, params string[] fragments)
    {
        var text = ReportRun.Page(Path.Combine(Fixture.Root, fixture), page);

        Assert.All(fragments, fragment => Assert.Contains(fragment, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Defect_2_and_8_report_is_a_pure_function_of_its_input_keeping_only_files_it_did_not_write()
    {
        using var scratch = new ScratchFolder();
        var output = scratch.Combine("results");
        Assert.Equal(0, ReportRun.Report(Fixture.Lab, output).ExitCode);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "kept");
        File.WriteAllText(Path.Combine(output, "charts", "demo", "my-sketch.svg"), "kept too");
        File.WriteAllText(Path.Combine(output, "raw", "demo", "how-we-ran.txt"), "kept as well");

        var run = ReportRun.Report(Fixture.Stock, output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Equal("kept too", File.ReadAllText(Path.Combine(output, "charts", "demo", "my-sketch.svg")));
        // The demo suite is not in this input: its page, charts and raw copies go, nothing links to them.
        Assert.False(File.Exists(Path.Combine(output, "demo.md")));
        Assert.Equal(["how-we-ran.txt"], Directory.GetFiles(Path.Combine(output, "raw", "demo"), "*", SearchOption.AllDirectories).Select(Path.GetFileName));
        Assert.Equal(["my-sketch.svg"], Directory.GetFiles(Path.Combine(output, "charts", "demo")).Select(Path.GetFileName));
        var index = File.ReadAllText(Path.Combine(output, "README.md"));
        Assert.DoesNotContain("[demo](demo.md)", index, StringComparison.Ordinal);
        Assert.Contains("[Fixture.Demo](fixture.demo.md)", index, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(output, ".*"));
        Assert.Empty(Directory.GetDirectories(scratch.Path, ".*"));
    }

    [Fact]
    public void Identical_copies_of_one_export_in_the_input_count_once()
    {
        using var scratch = new ScratchFolder();
        var input = scratch.Combine("artifacts");
        foreach (var run in new[] { "run1", "run2" })
        {
            Directory.CreateDirectory(Path.Combine(input, run));
            File.Copy(Fixture.File(Fixture.Stock, "Fixture.Demo.StockHashing-report-full.json"), Path.Combine(input, run, "Fixture.Demo.StockHashing-report-full.json"));
        }

        Assert.Equal(0, ReportRun.Report(input, scratch.Combine("out")).ExitCode);

        var page = File.ReadAllText(scratch.Combine("out", "fixture.demo.md"));
        Assert.DoesNotContain("Superseded", page, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(scratch.Combine("out", "raw", "fixture.demo"), "*", SearchOption.AllDirectories));
    }
}
