using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PerfLab.Bench.Common;
using PerfLab.Data.Sqlite;

namespace PerfLab.Bench.Common.Tests;

/// <summary>Runs a tiny benchmark in process through the lab config and reads back what the exporter wrote.</summary>
public sealed class LabJsonExporterTests : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("perflab-export-test-").FullName;

    [Fact]
    public void Full_export_carries_categories_baseline_metrics_and_the_lab_block()
    {
        var config = LabConfig.Create("testsuite", LabProfile.Quick).WithArtifactsPath(_artifacts);
        var summary = BenchmarkRunner.Run<ExportedBenchmarks>(config);
        Assert.Equal(LabRunner.Success, LabRunner.ExitCode("testsuite", [summary], LabArguments.Parse([])));

        var file = Assert.Single(Directory.GetFiles(_artifacts, "*-report-full.json", SearchOption.AllDirectories));
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var root = document.RootElement;

        var lab = root.GetProperty("Lab");
        Assert.Equal("testsuite", lab.GetProperty("Suite").GetString());
        Assert.Equal("quick", lab.GetProperty("Profile").GetString());
        Assert.Equal(SqliteInfo.Version, lab.GetProperty("SqliteVersion").GetString());
        // The run's duration as BenchmarkDotNet measured it: what results/README.md adds up.
        Assert.Equal(summary.TotalTime.TotalSeconds, lab.GetProperty("TotalSeconds").GetDouble(), 6);
        Assert.True(lab.GetProperty("TotalSeconds").GetDouble() > 0);
        // The host's wall clock covers at least BenchmarkDotNet's run.
        Assert.Equal(System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime(), lab.GetProperty("HostStartedUtc").GetDateTime().ToUniversalTime());
        Assert.True(lab.GetProperty("HostSeconds").GetDouble() >= summary.TotalTime.TotalSeconds);

        var benchmarks = root.GetProperty("Benchmarks").EnumerateArray().ToArray();
        Assert.Equal(2 * ExportedBenchmarks.Sizes.Length, benchmarks.Length);
        Assert.All(benchmarks, b =>
        {
            var method = b.GetProperty("Method").GetString();
            Assert.Equal(method == "Sum_Loop", b.GetProperty("Baseline").GetBoolean());
            Assert.Equal(["TestCategory"], b.GetProperty("Categories").EnumerateArray().Select(c => c.GetString()));
            // The metric comes from an instance set up with this case's parameter.
            var size = b.GetProperty("Parameters").GetString()!.Split('=')[1];
            Assert.Equal($"{method} over {size}", b.GetProperty("Metrics").GetProperty("Work").GetString());
        });
    }

    [Fact]
    public void A_failing_benchmark_gives_a_non_zero_exit_code()
    {
        var config = LabConfig.Create("testsuite", LabProfile.Quick).WithArtifactsPath(_artifacts);
        var summary = BenchmarkRunner.Run<FailingBenchmark>(config);
        Assert.Equal(LabRunner.BenchmarkFailed, LabRunner.ExitCode("testsuite", [summary], LabArguments.Parse([])));
    }

    public void Dispose() => Directory.Delete(_artifacts, recursive: true);

    public class ExportedBenchmarks : ILabMetricSource
    {
        public static int[] Sizes => [10, 20];
        private int[] _values = [];

        [ParamsSource(nameof(Sizes))]
        public int Size { get; set; }

        [GlobalSetup]
        public void Setup() => _values = Enumerable.Range(0, Size).ToArray();

        [Benchmark(Baseline = true), BenchmarkCategory("TestCategory")]
        public int Sum_Loop()
        {
            var sum = 0;
            foreach (var value in _values) sum += value;
            return sum;
        }

        [Benchmark, BenchmarkCategory("TestCategory")]
        public int Sum_Linq() => _values.Sum();

        public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) =>
            new Dictionary<string, string> { ["Work"] = $"{benchmarkMethod} over {_values.Length}" };
    }

    [Fact]
    public void A_run_where_no_case_could_be_built_is_a_failure()
    {
        var config = LabConfig.Create("testsuite", LabProfile.Quick).WithArtifactsPath(_artifacts);
        var summary = BenchmarkRunner.Run<UnreadableParamsSource>(config);
        Assert.Equal(LabRunner.BenchmarkFailed, LabRunner.ExitCode("testsuite", [summary], LabArguments.Parse([])));
    }

    public class UnreadableParamsSource
    {
        private static readonly int[] Hidden = [1];

        [ParamsSource(nameof(Hidden))]
        public int Value { get; set; }

        [Benchmark]
        public int Identity() => Value;
    }

    public class FailingBenchmark
    {
        [Benchmark]
        public int Throws() => throw new InvalidOperationException("planted failure");
    }
}
