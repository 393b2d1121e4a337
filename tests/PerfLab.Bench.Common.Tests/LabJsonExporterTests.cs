using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Newtonsoft.Json;
using PerfLab.Bench.Common;
using PerfLab.Data.Sqlite;
using PerfLab.Tests.Shared;

namespace PerfLab.Bench.Common.Tests;

/// <summary>Runs tiny benchmarks in process through the lab's runner and reads back what the exporter wrote.</summary>
public sealed class LabJsonExporterTests : IDisposable
{
    private readonly string _artifacts = Directory.CreateTempSubdirectory("perflab-export-test-").FullName;

    private static readonly string[] RoundArgs = ["--run", "20261127T150102Z-tests-a1b2", "--round", "3", "--rounds", "6", "--seed", "1237"];

    private string RunRound(string filter, params string[] more)
    {
        var exitCode = LabRunner.Run(typeof(LabJsonExporterTests).Assembly,
            ["--profile", "quick", .. RoundArgs, "--filter", filter, "--artifacts", _artifacts, .. more]);
        Assert.Equal(ExitCodes.Success, exitCode);
        // One round is one BenchmarkDotNet run: one export, whatever the number of classes.
        return Assert.Single(Directory.GetFiles(_artifacts, "*-report-full.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_round_runs_every_case_of_every_class_once_in_the_recorded_order()
    {
        OrderProbes.Executed.Clear();
        using var document = JsonDocument.Parse(File.ReadAllText(RunRound("*OrderProbes*", "--engine", Engines.Sqlite)));
        var root = document.RootElement;

        var benchmarks = root.GetProperty("Benchmarks").EnumerateArray().ToArray();
        var order = root.GetProperty("PerfLab").GetProperty("Order").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(6, benchmarks.Length);
        Assert.Equal(benchmarks.Select(b => b.GetProperty("FullName").GetString()).Order(), order.Order());

        // What ran, in the order it ran, is the recorded order.
        var probeNames = benchmarks.ToDictionary(b => b.GetProperty("FullName").GetString()!, ProbeName);
        Assert.Equal(order.Select(name => probeNames[name]), OrderProbes.DistinctRuns());
    }

    [Fact]
    public void A_round_of_one_engine_runs_its_cases_only_and_records_the_engine()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RunRound("*OrderProbes*", "--engine", "postgresql")));
        var root = document.RootElement;

        Assert.Equal(Engines.PostgreSql, root.GetProperty("PerfLab").GetProperty("Engine").GetString());
        var benchmark = Assert.Single(root.GetProperty("Benchmarks").EnumerateArray());
        Assert.Equal("Engine=PostgreSQL", benchmark.GetProperty("Parameters").GetString());
    }

    private static string ProbeName(JsonElement benchmark)
    {
        var type = benchmark.GetProperty("Type").GetString()!.Split('.')[^1];
        var parameters = benchmark.GetProperty("Parameters").GetString()!;
        var size = parameters.Length == 0 ? "" : parameters.Split('=')[1];
        return $"{type}.{benchmark.GetProperty("Method").GetString()}" + (size.Length == 0 ? "" : $"({size})");
    }

    [Fact]
    public void Lab_data_sits_under_its_own_key_and_benchmarkdotnet_metrics_stay_a_list()
    {
        // A class that drops its rows records why (as the Redis rows do without redis-server).
        LabSkips.Record("tests", "Tests.Skipped", "no server here");
        using var document = JsonDocument.Parse(File.ReadAllText(RunRound("*ExportedBenchmarks*")));
        var root = document.RootElement;

        var lab = root.GetProperty("PerfLab");
        Assert.Equal(2, lab.GetProperty("Schema").GetInt32());
        Assert.Equal("tests", lab.GetProperty("Suite").GetString());
        Assert.Equal("quick", lab.GetProperty("Profile").GetString());
        Assert.Equal(LabProfile.Quick.Description, lab.GetProperty("ProfileDescription").GetString());
        Assert.Equal(SqliteInfo.Version, lab.GetProperty("SqliteVersion").GetString());
        Assert.Equal("20261127T150102Z-tests-a1b2", lab.GetProperty("Run").GetString());
        Assert.Equal((3, 6, 1234, 1237), (lab.GetProperty("Round").GetInt32(), lab.GetProperty("Rounds").GetInt32(),
            lab.GetProperty("RunSeed").GetInt32(), lab.GetProperty("Seed").GetInt32()));
        Assert.True(lab.GetProperty("TotalSeconds").GetDouble() > 0);
        // The host's wall clock covers at least BenchmarkDotNet's run.
        Assert.Equal(System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime(), lab.GetProperty("HostStartedUtc").GetDateTime().ToUniversalTime());
        Assert.True(lab.GetProperty("HostSeconds").GetDouble() >= lab.GetProperty("TotalSeconds").GetDouble());
        Assert.False(root.TryGetProperty("Lab", out _));
        // The machine's identity and its speed at the round's start (every probe measured) travel with the numbers.
        Assert.StartsWith("Workstation", lab.GetProperty("Machine").GetProperty(PerfLab.Machine.MachineIdentity.Gc).GetString());
        Assert.Equal(4, lab.GetProperty("Probes").EnumerateObject().Count(p => p.Value.GetDouble() > 0));
        Assert.Contains(lab.GetProperty("Skipped").EnumerateArray(),
            s => s.GetProperty("Comparison").GetString() == "Tests.Skipped" && s.GetProperty("Reason").GetString() == "no server here");

        var benchmarks = root.GetProperty("Benchmarks").EnumerateArray().ToArray();
        Assert.Equal(2 * ExportedBenchmarks.Sizes.Length, benchmarks.Length);
        Assert.All(benchmarks, b =>
        {
            // BenchmarkDotNet's own metrics (the memory diagnoser's) stay its list.
            Assert.Equal(JsonValueKind.Array, b.GetProperty("Metrics").ValueKind);
            Assert.Contains(b.GetProperty("Metrics").EnumerateArray(), m => m.GetProperty("Descriptor").GetProperty("Id").GetString() == "Allocated Memory");
            var perfLab = b.GetProperty("PerfLab");
            var method = b.GetProperty("Method").GetString();
            Assert.Equal(method == "Sum_Loop", perfLab.GetProperty("Baseline").GetBoolean());
            Assert.Equal(["TestCategory"], perfLab.GetProperty("Categories").EnumerateArray().Select(c => c.GetString()));
            // The metric comes from an instance set up with this case's parameter.
            var size = b.GetProperty("Parameters").GetString()!.Split('=')[1];
            Assert.Equal($"{method} over {size}", perfLab.GetProperty("Metrics").GetProperty("Work").GetString());
            // The regime block is there for every case (empty in process: the quick profile prints no regime line).
            Assert.Equal(JsonValueKind.Object, perfLab.GetProperty("Regime").ValueKind);
        });
    }

    [Fact]
    public void ResultsComparer_reads_a_lab_export_and_keeps_benchmarkdotnet_metrics()
    {
        var file = RunRound("*ExportedBenchmarks*");

        var result = JsonConvert.DeserializeObject<ResultsComparerContract.BdnResult>(File.ReadAllText(file))!;

        Assert.Equal(2 * ExportedBenchmarks.Sizes.Length, result.Benchmarks!.Count);
        Assert.All(result.Benchmarks, b =>
        {
            Assert.NotNull(b.FullName);
            Assert.True(b.Statistics!.Median > 0);
            Assert.Contains(b.Metrics!, m => m.Descriptor!.Id == "Allocated Memory");
        });
    }

    [Fact]
    public void A_failing_benchmark_gives_a_non_zero_exit_code()
    {
        var config = LabConfig.Create("testsuite", LabProfile.Quick, LabRound.Single()).WithArtifactsPath(_artifacts);
        var summary = BenchmarkRunner.Run<FailingBenchmark>(config);
        Assert.Equal(ExitCodes.Failure, LabRunner.ExitCode("testsuite", [summary], LabArguments.Parse([])));
    }

    [Fact]
    public void A_run_where_no_case_could_be_built_is_a_failure()
    {
        var config = LabConfig.Create("testsuite", LabProfile.Quick, LabRound.Single()).WithArtifactsPath(_artifacts);
        var summary = BenchmarkRunner.Run<UnreadableParamsSource<int>>(config);
        Assert.Equal(ExitCodes.Failure, LabRunner.ExitCode("testsuite", [summary], LabArguments.Parse([])));
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

    // Generic: BenchmarkDotNet's assembly scan skips open generic classes, so the rounds the other tests run over this
    // assembly do not trip on its invalid declaration; run closed by type it still fails on the [ParamsSource].
    public class UnreadableParamsSource<T>
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
