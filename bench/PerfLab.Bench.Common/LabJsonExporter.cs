using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;
using PerfLab.Data.Sqlite;

namespace PerfLab.Bench.Common;

/// <summary>
/// BenchmarkDotNet's full JSON export (<c>*-report-full.json</c>, the file ResultsComparer and
/// github-action-benchmark read) plus what the stock exporter leaves out and the lab's report needs:
/// each benchmark's categories, whether it is its category's baseline, its lab metrics, and a "Lab" block with
/// the suite, the profile, SQLite's version, the commit measured and how long the run took (BenchmarkDotNet's clock and the host's wall clock).
/// </summary>
public sealed class LabJsonExporter(string suite, LabProfile profile) : JsonExporter("-full", indentJson: true, excludeMeasurements: false)
{
    /// <summary>Set by run-benchmarks.ps1 so a result names the commit it measured.</summary>
    public const string CommitVariable = "PERFLAB_COMMIT";

    private static readonly DateTime HostStarted = Process.GetCurrentProcess().StartTime.ToUniversalTime();

    protected override IReadOnlyDictionary<string, object> GetDataToSerialize(Summary summary)
    {
        var data = new Dictionary<string, object>(base.GetDataToSerialize(summary))
        {
            ["Lab"] = new Dictionary<string, object>
            {
                ["Suite"] = suite,
                ["Profile"] = profile.Name,
                ["ProfileDescription"] = profile.Description,
                ["SqliteVersion"] = SqliteInfo.Version,
                ["Commit"] = Environment.GetEnvironmentVariable(CommitVariable) ?? "",
                // BenchmarkDotNet's own clock for this summary (builds, launches, every benchmark), and the wall clock
                // of the host process so far (one suite run is one host, exporting once per benchmark type): the report
                // turns them into the run's duration, so it is recorded, never typed.
                ["TotalSeconds"] = summary.TotalTime.TotalSeconds,
                ["HostStartedUtc"] = HostStarted.ToString("O", CultureInfo.InvariantCulture),
                ["HostSeconds"] = (DateTime.UtcNow - HostStarted).TotalSeconds,
            },
        };
        return data;
    }

    protected override IReadOnlyDictionary<string, object> GetDataToSerialize(BenchmarkReport report)
    {
        var descriptor = report.BenchmarkCase.Descriptor;
        return new Dictionary<string, object>(base.GetDataToSerialize(report))
        {
            ["Categories"] = descriptor.Categories,
            ["Baseline"] = descriptor.Baseline,
            ["Metrics"] = LabMetrics.Instance.For(report.BenchmarkCase),
        };
    }
}
