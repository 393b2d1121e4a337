namespace PerfLab.Results.Exports;

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
/// <param name="Regime">
/// The lab's <c>PerfLab.Regime</c>: per measured iteration, in order, its operations, page faults and collections; null in
/// exports written before the lab recorded it.
/// </param>
/// <param name="Placement">
/// The lab's <c>PerfLab.Placement</c>: for a case that calls a server, the placement in force as its process read it back
/// from the kernel; null for a case that calls none, and in exports written before the lab recorded it.
/// </param>
/// <param name="Load">
/// The lab's <c>PerfLab.Load</c>: for a load case, what its load runs measured (its time is only a run's duration);
/// null for every other case.
/// </param>
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
    IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<RegimeRecord>? Regime = null,
    PerfLab.Machine.PlacementRecord? Placement = null,
    LoadRecord? Load = null)
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
    /// <see cref="Job"/> without its warm-up count, the lab's build-reusing toolchain and its engine factory: what
    /// identifies a case's job.
    /// Warm-up decides only when measuring starts, and the lab sizes it per class and per method (<c>[WarmupCount]</c>,
    /// <c>[MethodWarmupCount]</c>), so rows of one comparison warmed up differently are still one job, and a case keeps
    /// its identity across runs when its warm-up is re-sized. The toolchain (<c>ReusedBuildToolchain</c>) decides only
    /// whether a round rebuilds the same executable; the engine factory (<c>WarmPilotEngineFactory</c>) only adds calls
    /// before the pilot, so a run made before it and one made with it still pair case by case (ab, reproducibility).
    /// Jobs that differ in anything else stay apart.
    /// </summary>
    public string JobIdentity => NotIdentifying.Replace(Job, "");

    private static readonly System.Text.RegularExpressions.Regex NotIdentifying =
        new(@"(, )?\b(WarmupCount=\d+|Toolchain=PerfLabReusedBuild|EngineFactory=PerfLab\.Bench\.Common\.WarmPilotEngineFactory)(?(1)|(, )?)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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
