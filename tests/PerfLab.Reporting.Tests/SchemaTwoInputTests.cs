using System.IO.Compression;
using System.Text.Json.Nodes;
using PerfLab.Reporting.Publishing;
using PerfLab.Results.Exports;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>Schema-2 exports are validated once, at load: a block the report cannot trust is bad input.</summary>
public sealed class SchemaTwoInputTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string OneExport(Action<JsonNode> edit)
    {
        var export = V2Exports.Convert(File.ReadAllText(Fixture.File(Fixture.Lab, "Fixture.Demo.SumBenchmarks-report-full.json")), "r1", 1, 1, "results", 9, null, null);
        edit(export);
        var folder = _scratch.Combine("input");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "x-report-full.json"), export.ToJsonString());
        return folder;
    }

    [Theory]
    [InlineData("Schema", 3, "PerfLab.Schema 3 is not the schema 2 this tool reads")]
    [InlineData("Round", 2, "PerfLab.Round 2 of Rounds 1 is not a round of the run")]
    [InlineData("Run", "", "PerfLab.Run is empty")]
    public void A_block_that_cannot_be_trusted_is_one_line_exit_2(string field, object value, string message)
    {
        var input = OneExport(e => e["PerfLab"]![field] = JsonValue.Create(value));

        var run = ReportRun.Report(input, _scratch.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith($"x-report-full.json: not a BenchmarkDotNet full JSON export ({message})", run.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_scratch.Combine("out")));
    }

    [Fact]
    public void A_gzip_compressed_export_reads_like_the_plain_one()
    {
        var plain = OneExport(_ => { });
        var compressed = Path.Combine(plain, "x-report-full.json.gz");
        using (var file = File.Create(compressed))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
            gzip.Write(File.ReadAllBytes(Path.Combine(plain, "x-report-full.json")));

        var both = ExportLoader.Load(plain);
        var fromGzip = ExportLoader.LoadFile(compressed);

        Assert.Single(both); // the same summary twice counts once
        Assert.Equal(both[0].Benchmarks.Select(b => b.RoundValue), fromGzip.Benchmarks.Select(b => b.RoundValue));
        Assert.Equal("r1", fromGzip.RunId);
    }

    [Fact]
    public void A_large_export_is_stored_compressed_under_raw_and_re_renders_identically()
    {
        var input = OneExport(e =>
        {
            // Pad the export past the compression threshold with a long (ignored) top-level field.
            e["Padding"] = new string('x', 300 * 1024);
        });
        var output = _scratch.Combine("out");
        Assert.Equal(0, ReportRun.Report(input, output).ExitCode);
        var raw = Directory.GetFiles(Path.Combine(output, "raw"), "*", SearchOption.AllDirectories);
        Assert.EndsWith("x-report-full.json.gz", Assert.Single(raw), StringComparison.Ordinal);
        Assert.True(new FileInfo(raw[0]).Length < 100 * 1024);
        var first = ReportRun.Snapshot(output);

        Assert.Equal(0, ReportRun.Report(Path.Combine(output, "raw"), output).ExitCode);

        var second = ReportRun.Snapshot(output);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(second[f.Key]), f.Key));
    }

    [Fact]
    public void A_second_report_into_the_same_folder_at_the_same_time_is_refused()
    {
        var output = _scratch.Combine("out");
        Directory.CreateDirectory(output);
        using var first = OutputFolder.Lock(Path.GetFullPath(output));

        var run = ReportRun.Report(Fixture.Lab, output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("another report is writing this folder", run.Error, StringComparison.Ordinal);
    }
}
