using System.Globalization;
using PerfLab.Reporting.Estimation;

namespace PerfLab.Reporting.Exports;

/// <summary>
/// One BenchmarkDotNet full JSON export (<c>*-report-full.json</c> or <c>*-report-full-compressed.json</c>, optionally
/// gzip-compressed): the machine it ran on, the lab's <c>PerfLab</c> block when the lab's exporter wrote it, and every
/// benchmark in it. One export is one round of one run (or part of one, when a round wrote several exports).
/// </summary>
/// <param name="SourcePath">The file it was read from (full path).</param>
/// <param name="Title">BenchmarkDotNet's summary title, e.g. <c>Ns.Type-20261125-060651</c>.</param>
public sealed record BenchmarkExport(
    string SourcePath,
    string Title,
    HostEnvironment Environment,
    LabInfo? Lab,
    IReadOnlyList<BenchmarkResult> Benchmarks)
{
    /// <summary>
    /// The suite this export belongs to: the lab's suite name, else the namespace all its benchmarks share, else the
    /// title without BenchmarkDotNet's timestamp suffix.
    /// </summary>
    public string Suite
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Lab?.Suite)) return Lab.Suite;
            var namespaces = Benchmarks.Select(b => b.Namespace).Distinct(StringComparer.Ordinal).ToArray();
            if (namespaces is [{ Length: > 0 } single]) return single;
            return TitleWithoutTimestamp;
        }
    }

    /// <summary>When the run started, from the title's <c>-yyyyMMdd-HHmmss</c> suffix (the run machine's local time); null if absent.</summary>
    public DateTime? RunDate =>
        Title.Length > 16 && DateTime.TryParseExact(Title[^15..], "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && Title[^16] == '-'
            ? date
            : null;

    /// <summary>The run this export belongs to (the lab's run id); empty for exports that record none (each is then its own single-round run).</summary>
    public string RunId => Lab?.Run ?? "";

    /// <summary>The round of its run (1 when the export records none).</summary>
    public int Round => Lab?.Round ?? 1;

    /// <summary>When the run's host process started, as recorded (ISO 8601, sorts as text); null when not recorded.</summary>
    public string? StartedUtc => Lab?.HostStartedUtc;

    private string TitleWithoutTimestamp => RunDate is null ? Title : Title[..^16];
}

/// <summary>BenchmarkDotNet's <c>HostEnvironmentInfo</c>. Every member is optional: older versions write fewer.</summary>
public sealed record HostEnvironment(
    string? BenchmarkDotNetVersion,
    string? OsVersion,
    string? ProcessorName,
    int? PhysicalProcessorCount,
    int? PhysicalCoreCount,
    int? LogicalCoreCount,
    string? RuntimeVersion,
    string? Architecture,
    string? Configuration,
    string? DotNetSdkVersion,
    bool? HasAttachedDebugger);

/// <summary>
/// The top-level <c>"PerfLab"</c> block the lab's exporter adds (schema 2; absent in stock BenchmarkDotNet exports). The
/// pre-rounds <c>"Lab"</c> block (schema 1: no run, round or seeds) is read into the same record.
/// </summary>
/// <param name="Commit">The commit measured; empty when the run was not started by run-benchmarks.ps1.</param>
/// <param name="TotalSeconds">BenchmarkDotNet's total time for this export's run (builds included); null in older exports.</param>
/// <param name="HostStartedUtc">When the host process that wrote the export started (one suite run is one host); null in older exports.</param>
/// <param name="HostSeconds">Wall-clock seconds from the host's start to this export; null in older exports.</param>
public sealed record LabInfo(
    string Suite,
    string? Profile,
    string? ProfileDescription,
    string? SqliteVersion,
    string? Commit,
    double? TotalSeconds = null,
    string? HostStartedUtc = null,
    double? HostSeconds = null,
    string? Run = null,
    int? Round = null,
    int? Rounds = null,
    long? RunSeed = null,
    long? Seed = null,
    IReadOnlyList<string>? Order = null)
{
    /// <summary>The profile whose exports may be published into the committed results folder and the README.</summary>
    public const string ResultsProfile = "results";
}

/// <summary>One benchmark case (method × parameters × job) of an export.</summary>
/// <param name="FullName">Stable identity, <c>Namespace.Type.Method(Param: value, ...)</c>: match runs on this.</param>
/// <param name="DisplayInfo">BenchmarkDotNet's display line, including the job.</param>
/// <param name="Parameters">The <c>[Params]</c> values in declaration order (empty when there are none).</param>
/// <param name="Categories">The lab's categories (its per-benchmark <c>PerfLab</c> block); null when the export does not carry them (stock exporter).</param>
/// <param name="Baseline">The lab's baseline marker; null when the export does not carry it (stock exporter).</param>
/// <param name="Metrics">The lab's metrics (name → value as reported; not BenchmarkDotNet's own <c>Metrics</c> list); null when the export does not carry them.</param>
/// <param name="Statistics">Null when the benchmark failed (nothing measured).</param>
/// <param name="Memory">Null when the export has no memory block (no MemoryDiagnoser).</param>
/// <param name="Measurements">Every raw measurement, all launches and stages; empty when excluded from the export.</param>
public sealed record BenchmarkResult(
    string FullName,
    string DisplayInfo,
    string Namespace,
    string Type,
    string Method,
    string MethodTitle,
    IReadOnlyList<BenchmarkParameter> Parameters,
    IReadOnlyList<string>? Categories,
    bool? Baseline,
    IReadOnlyDictionary<string, string>? Metrics,
    BenchmarkStatistics? Statistics,
    MemoryStatistics? Memory,
    IReadOnlyList<Measurement> Measurements)
{
    /// <summary>A benchmark with no statistics did not produce a result (it threw, or its process crashed).</summary>
    public bool Failed => Statistics is null;

    /// <summary>The parameters as BenchmarkDotNet prints them: <c>Size=100, Mode=Fast</c> (empty when none).</summary>
    public string ParametersText => string.Join(", ", Parameters.Select(p => $"{p.Name}={p.Value}"));

    /// <summary>The job part of <see cref="DisplayInfo"/>, e.g. <c>ShortRun(IterationCount=3, ...)</c>; empty if absent.</summary>
    public string Job
    {
        get
        {
            var start = DisplayInfo.IndexOf(": ", StringComparison.Ordinal);
            if (start < 0) return "";
            var job = DisplayInfo[(start + 2)..];
            var parameters = job.LastIndexOf(" [", StringComparison.Ordinal);
            return parameters >= 0 && job.EndsWith(']') ? job[..parameters] : job;
        }
    }

    /// <summary>
    /// Per-operation times of the measured iterations (workload <c>Actual</c>: always positive and free of the
    /// overhead estimate's own noise), per process launch in launch order, each in iteration order.
    /// </summary>
    public IReadOnlyList<LaunchResult> Launches =>
        Measurements
            .Where(m => m.IsMeasuredIteration)
            .GroupBy(m => m.LaunchIndex)
            .OrderBy(g => g.Key)
            .Select(g => new LaunchResult(g.Key, g.OrderBy(m => m.IterationIndex).Select(m => m.NanosecondsPerOperation).ToArray().AsReadOnly()))
            .ToArray()
            .AsReadOnly();

    /// <summary>
    /// The lab's one value of a case in one round: the median of its measured iterations (all launches of the round);
    /// BenchmarkDotNet's median when the export carries no measurements.
    /// </summary>
    public double RoundValue
    {
        get
        {
            var iterations = Launches.SelectMany(l => l.NanosecondsPerOperation).ToArray();
            return iterations.Length > 0 ? Quantiles.MedianOf(iterations) : Statistics?.Median ?? double.NaN;
        }
    }
}

/// <summary>One <c>[Params]</c> value, as text (BenchmarkDotNet exports parameters as text).</summary>
public sealed record BenchmarkParameter(string Name, string Value)
{
    /// <summary>The value as a number when it is one (invariant culture), for scaling charts.</summary>
    public double? NumericValue =>
        double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}

/// <summary>BenchmarkDotNet's statistics of the measured iterations, in nanoseconds per operation.</summary>
/// <param name="OriginalValues">Every measured iteration (all launches), outliers included.</param>
/// <param name="ConfidenceInterval">Null in exports that omit it.</param>
public sealed record BenchmarkStatistics(
    int N,
    double Min,
    double Q1,
    double Median,
    double Mean,
    double Q3,
    double Max,
    double StandardError,
    double StandardDeviation,
    ConfidenceInterval? ConfidenceInterval,
    IReadOnlyList<double> OriginalValues);

/// <summary>A confidence interval of the mean.</summary>
/// <param name="Level">The confidence level as a fraction, e.g. 0.999.</param>
public sealed record ConfidenceInterval(double Level, double Margin, double Lower, double Upper)
{
    /// <summary>The level as people write it: <c>99.9%</c>.</summary>
    public string LevelText => (Level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

/// <summary>The MemoryDiagnoser's numbers.</summary>
/// <param name="BytesAllocatedPerOperation">Null when allocations were not measured (e.g. a failed benchmark).</param>
public sealed record MemoryStatistics(long? BytesAllocatedPerOperation, long Gen0Collections, long Gen1Collections, long Gen2Collections, long TotalOperations);

/// <summary>One raw BenchmarkDotNet measurement (one iteration of one stage of one launch).</summary>
/// <param name="IterationMode"><c>Overhead</c> or <c>Workload</c> (older versions: also <c>Dummy</c>...).</param>
/// <param name="IterationStage"><c>Jitting</c>, <c>Pilot</c>, <c>Warmup</c>, <c>Actual</c> or <c>Result</c>.</param>
/// <param name="Nanoseconds">The whole iteration's time, for all its <paramref name="Operations"/>.</param>
public sealed record Measurement(string IterationMode, string IterationStage, int LaunchIndex, int IterationIndex, long Operations, double Nanoseconds)
{
    public double NanosecondsPerOperation => Operations == 0 ? double.NaN : Nanoseconds / Operations;

    /// <summary>A measured iteration: workload, stage <c>Actual</c> (not warm-up, pilot or overhead), with operations.</summary>
    public bool IsMeasuredIteration =>
        string.Equals(IterationMode, "Workload", StringComparison.Ordinal) && string.Equals(IterationStage, "Actual", StringComparison.Ordinal) && Operations > 0;
}

/// <summary>The measured per-operation times of one process launch.</summary>
public sealed record LaunchResult(int LaunchIndex, IReadOnlyList<double> NanosecondsPerOperation)
{
    /// <summary>The launch's median time per operation.</summary>
    public double Median => NanosecondsPerOperation.Count == 0 ? double.NaN : Quantiles.MedianOf(NanosecondsPerOperation);
}
