using System.Text.Json.Nodes;
using PerfLab.Results.Exports;
using PerfLab.Tests.Shared;

namespace PerfLab.Compare.Tests;

/// <summary>Issue 15, defects 6, 7 and 8 (compare's options; the loader's symbolic links).</summary>
public sealed class CompareDefectTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static string Runs(string name) => Path.Combine(Fixture.Root, "compare", name);

    private static ReportRun Compare(params string[] args) => ReportRun.Of(["compare", .. args]);

    /// <summary>The full and the compressed export of one process (<c>--exporters json</c>), side by side.</summary>
    private string BothVariants()
    {
        var folder = _scratch.Combine("both");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Fixture.Stock).Concat(Directory.GetFiles(Fixture.StockCompressed)))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    [Fact]
    public void Defect_6_the_full_and_compressed_exports_of_one_process_count_once()
    {
        var folder = BothVariants();

        Assert.Single(ExportLoader.Load(folder));
        var side = RunSide.Load(folder);
        var single = RunSide.Load(Fixture.Stock);
        Assert.Equal(single.Benchmarks.Select(b => b.Launches.Count), side.Benchmarks.Select(b => b.Launches.Count));

        var run = ReportRun.Report(folder, _scratch.Combine("out"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Single(Directory.GetFiles(_scratch.Combine("out", "raw"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Defect_7_nothing_in_common_is_a_failure_not_a_pass()
    {
        var run = Compare("--base", Fixture.Stock, "--diff", Runs("base"), "--fail-on", "regression");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("perflab: nothing was compared: base and diff have no benchmark in common", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect_7_a_diff_side_whose_common_benchmarks_all_failed_is_a_failure()
    {
        // Base: the Concat benchmarks. Diff: the same benchmarks, every one failed, plus an unrelated measured export.
        var concat = Fixture.File(Fixture.Lab, "Fixture.Demo.ConcatBenchmarks-report-full.json");
        var baseSide = _scratch.Combine("base");
        Directory.CreateDirectory(baseSide);
        File.Copy(concat, Path.Combine(baseSide, Path.GetFileName(concat)));
        var diff = _scratch.Combine("diff");
        Directory.CreateDirectory(diff);
        var failed = JsonNode.Parse(File.ReadAllText(concat))!;
        foreach (var benchmark in failed["Benchmarks"]!.AsArray())
        {
            benchmark!["Statistics"] = null;
            benchmark["Measurements"] = new JsonArray();
        }
        File.WriteAllText(Path.Combine(diff, Path.GetFileName(concat)), failed.ToJsonString());
        File.Copy(Fixture.File(Fixture.Lab, "Fixture.Demo.SumBenchmarks-report-full.json"), Path.Combine(diff, "Fixture.Demo.SumBenchmarks-report-full.json"));

        var run = Compare("--base", baseSide, "--diff", diff, "--fail-on", "regression");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("perflab: nothing was compared: every common benchmark failed on a side (3)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect_7_base_equal_to_diff_warns()
    {
        var run = Compare("--base", Runs("base"), "--diff", Runs("base"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: base and diff are the same exports", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Defect_8_markdown_and_json_may_not_name_the_same_file()
    {
        var file = _scratch.Combine("out.txt");

        var run = Compare("--base", Runs("base"), "--diff", Runs("same"), "--markdown", file, "--json", Path.Combine(_scratch.Path, ".", "out.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--markdown and --json both name", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Defect_8_a_symbolic_link_loop_in_the_input_does_not_hang_the_loader()
    {
        var folder = _scratch.Combine("loop");
        Directory.CreateDirectory(folder);
        File.Copy(Fixture.File(Fixture.Stock, "Fixture.Demo.StockHashing-report-full.json"), Path.Combine(folder, "Fixture.Demo.StockHashing-report-full.json"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "again"), folder);

        Assert.Single(ExportLoader.Load(folder));
    }
}
