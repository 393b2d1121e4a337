using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>Each bad input: exit code 2, one line on stderr naming the problem, the output folder untouched.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();
    private readonly string _output;
    private readonly SortedDictionary<string, byte[]> _before;

    public BadInputTests()
    {
        // An output folder holding a previous report and a file of the user's.
        _output = _scratch.Combine("results");
        Assert.Equal(0, ReportRun.Report(Fixture.Stock, _output).ExitCode);
        File.WriteAllText(Path.Combine(_output, "notes.txt"), "mine");
        _before = ReportRun.Snapshot(_output);
    }

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Missing_input_folder()
    {
        var missing = _scratch.Combine("no-such-folder");
        AssertRejected(ReportRun.Report(missing, _output), $"{missing}: input folder or file does not exist");
    }

    [Fact]
    public void Folder_without_exports()
    {
        var empty = _scratch.Combine("empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, "Fixture.Demo.StockHashing-report-github.md"), "| Method |");
        AssertRejected(ReportRun.Report(empty, _output), $"{empty}: no BenchmarkDotNet exports found");
    }

    [Fact]
    public void Malformed_json()
    {
        var input = InputWith("Broken-report-full.json", File.ReadAllText(Fixture.File(Fixture.Stock, "Fixture.Demo.StockHashing-report-full.json"))[..500]);
        AssertRejected(ReportRun.Report(input, _output), $"{Path.Combine(input, "Broken-report-full.json")}: malformed JSON (line ");
    }

    [Fact]
    public void Truncated_gzip_export()
    {
        var json = File.ReadAllBytes(Fixture.File(Fixture.Stock, "Fixture.Demo.StockHashing-report-full.json"));
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(json);
        var input = InputWith("Cut-report-full.json.gz", compressed.ToArray()[..(int)(compressed.Length / 2)]);
        AssertRejected(ReportRun.Report(input, _output), $"{Path.Combine(input, "Cut-report-full.json.gz")}: truncated gzip file");
    }

    [Fact]
    public void Plain_json_named_gz()
    {
        var input = InputWith("Plain-report-full.json.gz", File.ReadAllBytes(Fixture.File(Fixture.Stock, "Fixture.Demo.StockHashing-report-full.json")));
        AssertRejected(ReportRun.Report(input, _output), $"{Path.Combine(input, "Plain-report-full.json.gz")}: not gzip-compressed, though named .gz");
    }

    [Fact]
    public void Json_that_is_not_a_benchmarkdotnet_export()
    {
        var input = InputWith("Other-report-full.json", """{ "name": "not-a-benchmark", "items": [1, 2, 3] }""");
        AssertRejected(ReportRun.Report(input, _output), $"{Path.Combine(input, "Other-report-full.json")}: not a BenchmarkDotNet full JSON export");
    }

    [Fact]
    public void Export_in_which_every_benchmark_failed()
    {
        var file = Fixture.File(Fixture.AllFailed, "Fixture.Demo.ConcatBenchmarks-report-full.json");
        AssertRejected(ReportRun.Report(Fixture.AllFailed, _output), $"{file}: every benchmark failed, nothing was measured (Fixture.Demo.ConcatBenchmarks.Concat_Throws)");
    }

    [Fact]
    public void One_bad_file_among_good_ones_rejects_the_whole_input()
    {
        var input = InputWith("Broken-report-full.json", "{");
        File.Copy(Fixture.File(Fixture.Stock, "Fixture.Demo.StockHashing-report-full.json"), Path.Combine(input, "Fixture.Demo.StockHashing-report-full.json"));
        AssertRejected(ReportRun.Report(input, _output), $"{Path.Combine(input, "Broken-report-full.json")}: malformed JSON");
    }

    [Fact]
    public void Output_path_that_is_a_file()
    {
        var file = _scratch.Combine("results.txt");
        File.WriteAllText(file, "not a folder");
        var run = ReportRun.Report(Fixture.Stock, file);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"perflab: {file}: the output path is a file, not a folder", run.Error.TrimEnd());
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void Input_equal_to_the_output()
    {
        AssertRejected(ReportRun.Report(_output, _output), $"--input {_output} and --output {_output} overlap");
    }

    [Fact]
    public void Output_inside_the_input()
    {
        var inside = Path.Combine(_output, "report");
        var run = ReportRun.Report(_output, inside);
        AssertRejected(run, $"--input {_output} and --output {inside} overlap");
        Assert.False(Directory.Exists(inside));
    }

    [Fact]
    public void Missing_required_option()
    {
        var run = ReportRun.Of("report", "--input", Fixture.Stock);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    private string InputWith(string fileName, string content) => InputWith(fileName, System.Text.Encoding.UTF8.GetBytes(content));

    private string InputWith(string fileName, byte[] content)
    {
        var input = _scratch.Combine("input-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(input);
        File.WriteAllBytes(Path.Combine(input, fileName), content);
        return input;
    }

    private void AssertRejected(ReportRun run, string expectedStart)
    {
        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.TrimEnd().Split('\n');
        var line = Assert.Single(lines);
        Assert.StartsWith("perflab: " + expectedStart, line, StringComparison.Ordinal);

        var after = ReportRun.Snapshot(_output);
        Assert.Equal(_before.Keys, after.Keys);
        Assert.All(_before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} changed"));
        Assert.Empty(Directory.GetDirectories(_scratch.Path, ".*"));
    }
}
