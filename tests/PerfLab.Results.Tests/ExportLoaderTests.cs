using PerfLab.Results.Exports;
using PerfLab.Tests.Shared;

namespace PerfLab.Results.Tests;

public sealed class ExportLoaderTests
{
    [Fact]
    public void Lab_export_carries_lab_block_categories_baseline_metrics_and_parameters()
    {
        var exports = ExportLoader.Load(Fixture.Lab);

        Assert.Equal(["Fixture.Demo.ConcatBenchmarks-report-full.json", "Fixture.Demo.SumBenchmarks-report-full.json"],
            exports.Select(e => Path.GetFileName(e.SourcePath)));
        var sum = exports[1];
        Assert.Equal("demo", sum.Suite);
        Assert.Equal(new LabInfo("demo", "default", "1 launch, 3 warm-up + 15 measured iterations of ~100 ms.", "3.49.1", ""), sum.Lab);
        Assert.Equal(new DateTime(2026, 11, 25, 6, 6, 51), sum.RunDate);
        Assert.Equal("0.15.8", sum.Environment.BenchmarkDotNetVersion);
        Assert.Equal(2, sum.Environment.LogicalCoreCount);
        Assert.Equal("10.0.401", sum.Environment.DotNetSdkVersion);

        var loop = sum.Benchmarks.Single(b => b.FullName == "Fixture.Demo.SumBenchmarks.Sum_ForLoop(Size: 100)");
        Assert.Equal(("Fixture.Demo", "SumBenchmarks", "Sum_ForLoop"), (loop.Namespace, loop.Type, loop.Method));
        Assert.Equal([new BenchmarkParameter("Size", "100")], loop.Parameters);
        Assert.Equal(100, loop.Parameters[0].NumericValue);
        Assert.Equal(["Sum"], loop.Categories!);
        Assert.True(loop.Baseline);
        Assert.Equal("400", loop.Metrics!["PayloadBytes"]);
        Assert.Equal("SCAN values", loop.Metrics["QueryPlan"]);
        Assert.Equal(0, loop.Memory!.BytesAllocatedPerOperation);
        Assert.StartsWith("Job-", loop.Job);
        Assert.False(loop.Failed);
    }

    [Fact]
    public void Statistics_and_confidence_interval_are_read()
    {
        var loop = ExportLoader.Load(Fixture.Lab)[1].Benchmarks.Single(b => b.FullName.EndsWith("Sum_ForLoop(Size: 100)", StringComparison.Ordinal));

        var statistics = loop.Statistics!;
        Assert.Equal(6, statistics.N);
        Assert.Equal(6, statistics.OriginalValues.Count);
        Assert.InRange(statistics.Median, statistics.Min, statistics.Max);
        Assert.Equal(0.999, statistics.ConfidenceInterval!.Level);
        Assert.Equal("99.9%", statistics.ConfidenceInterval.LevelText);
        Assert.Equal(statistics.Mean, (statistics.ConfidenceInterval.Lower + statistics.ConfidenceInterval.Upper) / 2, 6);
    }

    [Fact]
    public void Per_launch_results_are_the_measured_workload_actual_iterations_of_each_launch()
    {
        var loop = ExportLoader.Load(Fixture.Lab)[1].Benchmarks.Single(b => b.FullName.EndsWith("Sum_ForLoop(Size: 100)", StringComparison.Ordinal));

        Assert.Equal([1, 2], loop.Launches.Select(l => l.LaunchIndex));
        Assert.All(loop.Launches, l => Assert.Equal(3, l.NanosecondsPerOperation.Count));
        // The measured iterations before BenchmarkDotNet subtracts its overhead estimate (its statistics use the difference).
        var actual = loop.Measurements.Where(m => m is { IterationMode: "Workload", IterationStage: "Actual" }).Select(m => m.Nanoseconds / m.Operations);
        Assert.Equal(actual.Order(), loop.Launches.SelectMany(l => l.NanosecondsPerOperation).Order());
        Assert.Equal(PerfLab.Results.Estimation.Quantiles.MedianOf(actual), loop.RoundValue);
        Assert.Contains(loop.Measurements, m => m.IterationStage == "Pilot");
    }

    [Fact]
    public void Failed_benchmark_has_no_statistics_and_no_allocation_figure()
    {
        var concat = ExportLoader.Load(Fixture.Lab)[0];

        var thrown = concat.Benchmarks.Single(b => b.Method == "Concat_Throws");
        Assert.True(thrown.Failed);
        Assert.Null(thrown.Memory!.BytesAllocatedPerOperation);
        Assert.Empty(thrown.Launches);
        Assert.Equal(2, concat.Benchmarks.Count(b => !b.Failed));
    }

    [Fact]
    public void Stock_export_has_no_lab_fields_and_its_suite_is_the_namespace()
    {
        var export = Assert.Single(ExportLoader.Load(Fixture.Stock));

        Assert.Null(export.Lab);
        Assert.Equal("Fixture.Demo", export.Suite);
        Assert.All(export.Benchmarks, b =>
        {
            Assert.Null(b.Categories);
            Assert.Null(b.Baseline);
            // The stock "Metrics" array (diagnoser metrics) is not the lab's dictionary.
            Assert.Null(b.Metrics);
            Assert.Empty(b.Parameters);
            Assert.NotNull(b.Statistics);
        });
    }

    [Fact]
    public void Compressed_export_reads_the_same_as_the_indented_one()
    {
        var indented = Assert.Single(ExportLoader.Load(Fixture.Stock));
        var compressed = Assert.Single(ExportLoader.Load(Fixture.StockCompressed));

        Assert.Equal(indented.Title, compressed.Title);
        Assert.Equal(indented.Environment, compressed.Environment);
        Assert.Equal(indented.Benchmarks.Select(b => (b.FullName, b.Statistics!.Median, b.Memory, b.Measurements.Count)),
            compressed.Benchmarks.Select(b => (b.FullName, b.Statistics!.Median, b.Memory, b.Measurements.Count)));
    }

    [Fact]
    public void A_single_file_can_be_loaded()
    {
        var file = Fixture.File(Fixture.StockCompressed, "Fixture.Demo.StockHashing-report-full-compressed.json");

        Assert.Single(ExportLoader.Load(file));
    }

    [Fact]
    public void Undefined_statistics_written_as_empty_strings_read_as_missing()
    {
        // BenchmarkDotNet 0.15 writes NaN as "" (here: one iteration, so no spread and no confidence interval).
        var loop = ExportLoader.Load(Fixture.Quick)[1].Benchmarks.Single(b => b.FullName.EndsWith("Sum_ForLoop(Size: 100)", StringComparison.Ordinal));

        Assert.Equal(1, loop.Statistics!.N);
        Assert.Null(loop.Statistics.ConfidenceInterval);
        Assert.Equal(loop.Statistics.OriginalValues[0], loop.Statistics.Median);
    }

    [Fact]
    public void Bare_NaN_written_by_benchmarkdotnet_serializer_reads_as_missing_value()
    {
        // BenchmarkDotNet's SimpleJson writes double.NaN as a bare token; simulate that on a real export.
        var json = File.ReadAllText(Fixture.File(Fixture.Stock, "Fixture.Demo.StockHashing-report-full.json"));
        var kurtosis = System.Text.RegularExpressions.Regex.Replace(json, "\"Kurtosis\":\\s*[0-9.E+-]+", "\"Kurtosis\":NaN");
        var withNaN = kurtosis.Replace("\"StandardError\":", "\"StandardError\":-Infinity, \"Ignored\":", StringComparison.Ordinal);
        Assert.NotEqual(json, withNaN);

        var export = ExportLoader.Parse(withNaN, "with-nan-report-full.json");

        Assert.All(export.Benchmarks, b => Assert.True(double.IsNaN(b.Statistics!.StandardError)));
        Assert.Equal(ExportLoader.Parse(json, "x").Benchmarks.Select(b => b.Statistics!.Median), export.Benchmarks.Select(b => b.Statistics!.Median));
    }

    [Fact]
    public void Missing_folder_is_reported_with_its_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "perflab-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<BadInputException>(() => ExportLoader.Load(missing));
        Assert.Equal($"{missing}: input folder or file does not exist", error.Message);
    }

    [Fact]
    public void Folder_without_exports_is_reported()
    {
        using var scratch = new ScratchFolder();
        File.WriteAllText(scratch.Combine("Some-report-github.md"), "| a |");

        var error = Assert.Throws<BadInputException>(() => ExportLoader.Load(scratch.Path));
        Assert.StartsWith($"{scratch.Path}: no BenchmarkDotNet exports found", error.Message);
    }

    [Fact]
    public void Malformed_json_names_the_file_and_line()
    {
        using var scratch = new ScratchFolder();
        var file = scratch.Combine("Broken-report-full.json");
        File.WriteAllText(file, "{\n  \"Title\": \"x\",\n  \"Benchmarks\": [\n");

        var error = Assert.Throws<BadInputException>(() => ExportLoader.Load(scratch.Path));
        Assert.StartsWith($"{file}: malformed JSON (line ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"name\": \"package.json\", \"version\": \"1.0.0\"}")]
    [InlineData("{\"Title\": \"x\", \"HostEnvironmentInfo\": {}, \"Benchmarks\": [{\"Type\": \"T\"}]}")]
    public void Json_that_is_not_a_benchmarkdotnet_export_is_reported(string json)
    {
        using var scratch = new ScratchFolder();
        var file = scratch.Combine("Other-report-full.json");
        File.WriteAllText(file, json);

        var error = Assert.Throws<BadInputException>(() => ExportLoader.Load(scratch.Path));
        Assert.StartsWith($"{file}: not a BenchmarkDotNet full JSON export", error.Message);
    }
}
