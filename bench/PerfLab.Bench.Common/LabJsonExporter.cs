using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;
using System.Text.Json;
using PerfLab.Data.Sqlite;
using PerfLab.Load;
using PerfLab.Machine;

namespace PerfLab.Bench.Common;

/// <summary>
/// BenchmarkDotNet's full JSON export (<c>*-report-full.json</c>), its schema untouched so dotnet/performance's
/// ResultsComparer and github-action-benchmark read it, plus the lab's data under its own <c>"PerfLab"</c> key: per
/// benchmark its categories, whether it is its category's baseline and its lab metrics; at the top the suite,
/// profile, SQLite version, commit, the engine it was limited to, the round (run id, round, seeds, execution order)
/// and how long it took.
/// </summary>
public sealed class LabJsonExporter(string suite, LabProfile profile, LabRound round, RoundOrderer orderer, string? engine = null, string? part = null)
    : JsonExporter("-full", indentJson: true, excludeMeasurements: false)
{
    /// <summary>The key of the lab's data, at the top level and in each benchmark.</summary>
    public const string Key = "PerfLab";

    /// <summary>Version of the lab's block: 2 is protocol v2 (rounds, BenchmarkDotNet's schema kept intact).</summary>
    public const int Schema = 2;

    /// <summary>Set by the perflab tool so a result names the commit it measured.</summary>
    public const string CommitVariable = "PERFLAB_COMMIT";

    private static readonly DateTime HostStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    protected override IReadOnlyDictionary<string, object> GetDataToSerialize(Summary summary) =>
        new Dictionary<string, object>(base.GetDataToSerialize(summary))
        {
            [Key] = new Dictionary<string, object>
            {
                ["Schema"] = Schema,
                ["Suite"] = suite,
                ["Profile"] = profile.Name,
                ["ProfileDescription"] = profile.Description,
                ["SqliteVersion"] = SqliteInfo.Version,
                ["Commit"] = Environment.GetEnvironmentVariable(CommitVariable) ?? "",
                // The engine a run was limited to (--engine): each engine's rows of a suite are published as a run of
                // their own, and the report pairs each with its own reproducibility run. Absent: every engine.
                ["Engine"] = engine ?? "",
                // The part of the suite a run was limited to (--part): its comparisons are published as a run of their
                // own, beside the suite's other parts. Absent: every comparison.
                ["Part"] = part ?? "",
                ["Run"] = round.Run,
                ["Round"] = round.Round,
                ["Rounds"] = round.Rounds,
                ["RunSeed"] = round.RunSeed,
                ["Seed"] = round.Seed,
                // The order the round ran its cases in: a pure function of the cases and the seed.
                ["Order"] = orderer.Shuffle(summary.BenchmarksCases).Select(FullNameProvider.GetBenchmarkName).ToArray(),
                // Comparisons whose rows could not run here, with the reason (the report shows it on their findings).
                ["Skipped"] = LabSkips.All.Select(s => new Dictionary<string, string> { ["Comparison"] = s.Key, ["Reason"] = s.Value }).ToArray(),
                // BenchmarkDotNet's own clock for this summary (build, launches, every case) and the wall clock of the
                // host process so far: the report turns them into the run's duration, so it is recorded, never typed.
                ["TotalSeconds"] = summary.TotalTime.TotalSeconds,
                ["HostStartedUtc"] = HostStarted.ToString("O", CultureInfo.InvariantCulture),
                ["HostSeconds"] = (DateTime.UtcNow - HostStarted).TotalSeconds,
                // What identifies the machine and its GC configuration, and how fast it was at the round's start.
                // (BenchmarkDotNet's JSON writer writes objects only from Dictionary<string, object>.)
                ["Machine"] = MachineIdentity.Read().ToDictionary(f => f.Key, f => (object)f.Value),
                ["Probes"] = LabRunner.RoundProbes.ToDictionary(p => p.Key, p => (object)p.Value),
            },
        };

    protected override IReadOnlyDictionary<string, object> GetDataToSerialize(BenchmarkReport report)
    {
        var descriptor = report.BenchmarkCase.Descriptor;
        return new Dictionary<string, object>(base.GetDataToSerialize(report))
        {
            [Key] = new Dictionary<string, object>
            {
                ["Categories"] = descriptor.Categories,
                ["Baseline"] = descriptor.Baseline,
                ["Metrics"] = LabMetrics.Instance.For(report.BenchmarkCase),
                // The regime of each measured iteration (operations, page faults, collections), as the benchmark
                // process recorded it; absent where the process printed none (the quick profile runs in process).
                ["Regime"] = Regime(report),
                // Where a case that calls a server ran, and the server, as its process read them back; absent for
                // cases that call none.
                ["Placement"] = Placement(report),
                // A load case's percentiles, achieved rate and errors over its measured runs (PerfLab.Load's
                // LoadRecorder); absent for every other case.
                ["Load"] = Load(report),
            },
        };
    }

    private static Dictionary<string, object> Placement(BenchmarkReport report) =>
        CpuPlacement.Find(ProcessLines(report)) is { } placement
            ? new Dictionary<string, object>
            {
                ["Mode"] = placement.Mode, ["Server"] = placement.Server, ["Benchmark"] = placement.Benchmark, ["ServerCpus"] = placement.ServerCpus,
            }
            : [];

    // The benchmark process's own lines, where the lab's listeners print their blocks: BenchmarkDotNet keeps them all in
    // StandardOutput (none in process).
    private static IEnumerable<string> ProcessLines(BenchmarkReport report) => report.ExecuteResults.SelectMany(r => r.StandardOutput ?? []);

    private static Dictionary<string, object> Load(BenchmarkReport report) =>
        LoadRecorder.Find(ProcessLines(report)) is { } load
            ? (Dictionary<string, object>)ExportValue(load)
            : [];

    // BenchmarkDotNet's JSON writer takes objects only as Dictionary<string, object>, arrays as arrays.
    private static object ExportValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ExportValue(p.Value)),
        JsonValueKind.Array => value.EnumerateArray().Select(ExportValue).ToArray(),
        JsonValueKind.Number => value.TryGetInt64(out var integer) ? integer : value.GetDouble(),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => "",
    };

    private static Dictionary<string, object> Regime(BenchmarkReport report)
    {
        var iterations = RegimeMonitor.Find(ProcessLines(report));
        return iterations is null
            ? []
            : new Dictionary<string, object>
            {
                ["Iterations"] = iterations.Select(i => new Dictionary<string, object>
                {
                    ["Operations"] = i.Operations,
                    ["MinorFaults"] = i.MinorFaults,
                    ["MajorFaults"] = i.MajorFaults,
                    ["Gen0"] = i.Gen0,
                    ["Gen1"] = i.Gen1,
                    ["Gen2"] = i.Gen2,
                }).ToArray(),
            };
    }
}
