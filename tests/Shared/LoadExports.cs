using System.Globalization;
using System.Text.Json.Nodes;

namespace PerfLab.Tests.Shared;

/// <summary>
/// Synthetic schema-2 exports of a suite with load cases (the lab's per-benchmark <c>PerfLab.Load</c> block) beside an
/// ordinary timed comparison: one export per round, laid out as the lab's tool writes them.
/// </summary>
internal static class LoadExports
{
    public const string Suite = "loadlab";
    public const string LoadCategory = "cache.load";
    public const string TimedCategory = "cache.read";

    /// <summary>The load cases: the <c>Load</c> parameter's value and the fraction of capacity it offers.</summary>
    public static readonly (string Load, double Fraction)[] Levels = [("Half", 0.5), ("Quarter", 0.25), ("ThreeQuarters", 0.75)];

    public static string LoadName(string level) => $"Lab.Load.CacheLoad.Get(Load: {level})";

    /// <summary>The latency p99 (ns) of a load level in a round: 2.0, 2.1, ... ms at Quarter, twice that at Half, four times at ThreeQuarters.</summary>
    public static long P99(string level, int round) =>
        (long)((2_000_000 + 100_000 * (round - 1)) * (level switch { "Quarter" => 1, "Half" => 2, _ => 4 }));

    /// <summary>A factor on every latency of a case in a round (compare's diff side); 1 leaves them.</summary>
    public delegate double Latency(string level, int round);

    /// <summary>Writes <paramref name="rounds"/> rounds of run <paramref name="run"/> under <c>&lt;folder&gt;/loadlab/&lt;run&gt;/round-kk/</c>.</summary>
    public static string WriteRun(string folder, string run, int rounds = 5, int startHour = 9, Latency? latency = null, Action<JsonObject, int>? edit = null)
    {
        for (var round = 1; round <= rounds; round++)
        {
            var export = Export(run, round, rounds, startHour, latency ?? ((_, _) => 1));
            edit?.Invoke(export, round);
            var target = Path.Combine(folder, Suite, run, $"round-{round:00}", "results");
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "Lab.Load.CacheLoad-report-full.json"), export.ToJsonString());
        }
        return folder;
    }

    private static JsonObject Export(string run, int round, int rounds, int startHour, Latency latency)
    {
        var benchmarks = new JsonArray();
        foreach (var (level, fraction) in Levels)
        {
            var p99 = P99(level, round) * latency(level, round);
            var capacity = 10_000.0 + 100 * round;
            var load = new JsonObject
            {
                ["Model"] = "OpenLoop",
                ["OfferedRate"] = fraction * capacity,
                ["CapacityRate"] = capacity,
                ["OfferedFraction"] = fraction,
                ["Latency"] = Summary(2000, p99),
                ["ServiceTime"] = Summary(2000, p99 / 4),
                ["Requested"] = 2000, ["Completed"] = level == "ThreeQuarters" && round == 2 ? 1997 : 2000,
                ["Errors"] = level == "ThreeQuarters" && round == 2 ? 1 : 0, ["Timeouts"] = level == "ThreeQuarters" && round == 2 ? 2 : 0, ["NotStarted"] = 0,
                ["AchievedRate"] = fraction * capacity * 0.99,
                ["ClientCpuNs"] = 2000L * 40_000, ["ServerCpuNs"] = 2000L * 25_000,
                ["Iterations"] = new JsonArray(Enumerable.Range(0, 2).Select(_ => (JsonNode)new JsonObject
                {
                    ["Requested"] = 1000, ["Completed"] = 1000, ["Errors"] = 0, ["Timeouts"] = 0, ["NotStarted"] = 0, ["AchievedRate"] = fraction * capacity,
                    ["WallNs"] = 1_000_000_000, ["P50Ns"] = (long)(p99 / 4), ["P99Ns"] = (long)p99, ["MaxNs"] = (long)(p99 * 2),
                }).ToArray()),
            };
            benchmarks.Add(Benchmark("CacheLoad", "Get", $"Load={level}", LoadName(level), LoadCategory, 1e9, new JsonObject
            {
                ["Load"] = load,
                ["Placement"] = new JsonObject { ["Mode"] = "split", ["Server"] = "redis-server", ["Benchmark"] = "1", ["ServerCpus"] = "0" },
            }));
        }
        // An ordinary comparison beside them: the time machinery keeps working on it.
        benchmarks.Add(Benchmark("CacheRead", "Memory", "", "Lab.Load.CacheRead.Memory", TimedCategory, 100 + round, new JsonObject { ["Baseline"] = true, ["Load"] = new JsonObject() }));
        benchmarks.Add(Benchmark("CacheRead", "Redis", "", "Lab.Load.CacheRead.Redis", TimedCategory, 5000 + 10 * round, new JsonObject()));

        return new JsonObject
        {
            ["Title"] = $"Lab.Load.CacheLoad-{run}-r{round.ToString(CultureInfo.InvariantCulture)}-20261204-10{round:00}00",
            ["HostEnvironmentInfo"] = new JsonObject
            {
                ["BenchmarkDotNetVersion"] = "0.15.8", ["OsVersion"] = "Linux", ["ProcessorName"] = "AMD EPYC", ["PhysicalProcessorCount"] = 1,
                ["PhysicalCoreCount"] = 2, ["LogicalCoreCount"] = 2, ["RuntimeVersion"] = ".NET 10.0.0", ["Architecture"] = "X64", ["Configuration"] = "RELEASE",
            },
            ["PerfLab"] = new JsonObject
            {
                ["Schema"] = 2, ["Suite"] = Suite, ["Profile"] = "results", ["Run"] = run, ["Round"] = round, ["Rounds"] = rounds,
                ["RunSeed"] = 7, ["Seed"] = 7 + round, ["HostStartedUtc"] = $"2026-12-04T{startHour:00}:{round:00}:00.0000000Z", ["HostSeconds"] = 30.0, ["TotalSeconds"] = 25.0,
            },
            ["Benchmarks"] = benchmarks,
        };
    }

    private static JsonObject Summary(long count, double p99) => new()
    {
        ["Count"] = count, ["P50Ns"] = (long)(p99 / 4), ["P90Ns"] = (long)(p99 / 2), ["P99Ns"] = (long)p99, ["P999Ns"] = (long)(p99 * 1.5), ["MaxNs"] = (long)(p99 * 2),
    };

    private static JsonObject Benchmark(string type, string method, string parameters, string fullName, string category, double nanoseconds, JsonObject lab)
    {
        lab["Categories"] = new JsonArray(category);
        lab["Baseline"] ??= false;
        var measurements = new JsonArray();
        for (var i = 1; i <= 10; i++)
        {
            measurements.Add(new JsonObject
            {
                ["IterationMode"] = "Workload", ["IterationStage"] = "Actual", ["LaunchIndex"] = 1, ["IterationIndex"] = i,
                ["Operations"] = 1000, ["Nanoseconds"] = nanoseconds * 1000 * (1 + 0.001 * (i % 3)),
            });
        }
        var display = parameters.Length == 0 ? "" : $" [{parameters.Replace("=", ": ", StringComparison.Ordinal)}]";
        return new JsonObject
        {
            ["DisplayInfo"] = $"{type}.{method}: Job-RESULTS(IterationCount=10){display}",
            ["Namespace"] = "Lab.Load", ["Type"] = type, ["Method"] = method, ["MethodTitle"] = method, ["Parameters"] = parameters, ["FullName"] = fullName,
            ["Statistics"] = new JsonObject
            {
                ["N"] = 10, ["Min"] = nanoseconds, ["Q1"] = nanoseconds, ["Median"] = nanoseconds, ["Mean"] = nanoseconds, ["Q3"] = nanoseconds, ["Max"] = nanoseconds,
                ["StandardError"] = 0.0, ["StandardDeviation"] = 0.0,
            },
            ["Measurements"] = measurements,
            ["PerfLab"] = lab,
        };
    }
}
