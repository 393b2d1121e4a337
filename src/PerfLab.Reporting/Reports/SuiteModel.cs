using PerfLab.Reporting.Estimation;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Reports;

/// <summary>
/// One suite's results, ready to render: the published run and, when the input has a second run of the suite, its
/// reproducibility run and how far every ratio moved between the two.
/// </summary>
/// <param name="Name">The suite name (the lab's, else derived from the export, see <see cref="BenchmarkExport.Suite"/>).</param>
/// <param name="Slug">File-name form of <paramref name="Name"/>: the page is <c>{Slug}.md</c>.</param>
/// <param name="Published">The earlier-starting run: what the pages show.</param>
/// <param name="Reproduction">The later run of the same suite (the reproducibility run); null when the input has one run.</param>
/// <param name="Reproducibility">Every ratio's movement between the two runs; null without a reproducibility run.</param>
public sealed record SuiteReport(string Name, string Slug, SuiteRun Published, SuiteRun? Reproduction, Reproducibility? Reproducibility)
{
    public IReadOnlyList<Comparison> Comparisons => Published.Comparisons;

    /// <summary>Every export the page was made from (both runs).</summary>
    public IEnumerable<BenchmarkExport> Exports => Reproduction is null ? Published.Exports : Published.Exports.Concat(Reproduction.Exports);

    /// <summary>The same comparison in the reproducibility run, if it has it.</summary>
    public Comparison? Reproduced(Comparison comparison) => Reproduction?.Comparisons.FirstOrDefault(c => c.Name == comparison.Name);
}

/// <summary>One run of a suite: its rounds (each one invocation of the suite, every case once) and its comparisons.</summary>
/// <param name="Id">The lab's run id; empty for exports that record none.</param>
/// <param name="Rounds">The round numbers present, ascending.</param>
/// <param name="Superseded">Cases measured twice in one round (repeated runs into one folder): the older is not used.</param>
public sealed record SuiteRun(string Id, IReadOnlyList<BenchmarkExport> Exports, IReadOnlyList<int> Rounds, IReadOnlyList<Comparison> Comparisons, IReadOnlyList<BenchmarkResult> Superseded)
{
    /// <summary>BenchmarkDotNet's own clock summed over the exports; null when an export does not record it.</summary>
    public double? BenchmarkSeconds =>
        Exports.All(e => e.Lab?.TotalSeconds is not null) ? Exports.Sum(e => e.Lab!.TotalSeconds!.Value) : null;

    /// <summary>
    /// Wall-clock seconds of the run's host processes (each from its start to its last export, added up over the
    /// processes: one per round); null when an export does not record it.
    /// </summary>
    public double? WallSeconds =>
        Exports.All(e => e.Lab is { HostStartedUtc: not null, HostSeconds: not null })
            ? Exports.GroupBy(e => e.Lab!.HostStartedUtc, StringComparer.Ordinal).Sum(host => host.Max(e => e.Lab!.HostSeconds!.Value))
            : null;

    /// <summary>The profiles the exports record ("results", "quick", ...), ordinal; empty for stock exports.</summary>
    public IReadOnlyList<string> Profiles => Exports.Select(e => e.Lab?.Profile).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The run seed and the round seeds, as recorded ("" when none is).</summary>
    public string Seeds
    {
        get
        {
            var runSeed = Exports.Select(e => e.Lab?.RunSeed).OfType<long>().Distinct().ToArray();
            var roundSeeds = Exports.OrderBy(e => e.Round).Select(e => e.Lab?.Seed).OfType<long>().Distinct().ToArray();
            if (runSeed.Length == 0 && roundSeeds.Length == 0) return "";
            return $"run seed {(runSeed.Length == 0 ? "unknown" : string.Join("/", runSeed))}" +
                   (roundSeeds.Length == 0 ? "" : $", round seeds {string.Join(", ", roundSeeds)}");
        }
    }
}

/// <summary>
/// One comparison: a lab category, or a benchmark type when the export has no categories. Its rows are split into
/// groups by parameter values: each group is compared with its own baseline, as BenchmarkDotNet does.
/// </summary>
public sealed record Comparison(string Name, string Slug, bool IsCategory, IReadOnlyList<CaseGroup> Groups, IReadOnlyList<Row> Failed)
{
    public IEnumerable<Row> Rows => Groups.SelectMany(g => g.Rows);

    /// <summary>The measured rows flagged not steady.</summary>
    public IEnumerable<Row> NotSteady => Rows.Where(r => !r.Steadiness.IsSteady);

    /// <summary>Whether any group has a baseline row.</summary>
    public bool HasBaseline => Groups.Any(g => g.Baseline is not null);

    /// <summary>Whether rows come from more than one benchmark type (then the technique is shown as Type.Method).</summary>
    public bool SpansTypes => Rows.Concat(Failed).Select(r => r.Benchmark.Type).Distinct(StringComparer.Ordinal).Skip(1).Any();

    /// <summary>Whether rows ran under more than one job (then the job is shown).</summary>
    public bool SpansJobs => Rows.Concat(Failed).Select(r => r.Benchmark.Job).Distinct(StringComparer.Ordinal).Skip(1).Any();

    public string Technique(Row row)
    {
        var name = SpansTypes ? $"{row.Benchmark.Type}.{row.Benchmark.MethodTitle}" : row.Benchmark.MethodTitle;
        return SpansJobs ? $"{name} [{row.Benchmark.Job}]" : name;
    }

    /// <summary>The measured row of the same case (full name and job) as <paramref name="row"/> of another run's comparison.</summary>
    public Row? Case(Row row) =>
        Rows.FirstOrDefault(r => r.Benchmark.FullName == row.Benchmark.FullName && r.Benchmark.Job == row.Benchmark.Job);

    /// <summary>The technique names of every row, measured or failed.</summary>
    public IEnumerable<string> Techniques => Rows.Concat(Failed).Select(Technique).Distinct(StringComparer.Ordinal);
}

/// <summary>The rows of one comparison that share parameter values, fastest (lowest median) first.</summary>
/// <param name="Parameters">The shared parameter values (empty when the benchmarks have none).</param>
/// <param name="Baseline">The lab-marked baseline of this group; null when there is none.</param>
public sealed record CaseGroup(IReadOnlyList<BenchmarkParameter> Parameters, IReadOnlyList<Row> Rows, Row? Baseline)
{
    public string ParametersText => string.Join(", ", Parameters.Select(p => $"{p.Name}={p.Value}"));
}

/// <summary>One case (method × parameters × job) of a run, measured in one or more rounds.</summary>
/// <param name="Benchmark">The case as its first measured round recorded it (names, parameters, allocations, metrics).</param>
/// <param name="Rounds">Round number → the case's value in that round (<see cref="BenchmarkResult.RoundValue"/>), rounds it was measured in.</param>
/// <param name="Median">The median of its round values: the time the page shows.</param>
/// <param name="Ratio">Pooled ratio to the group's baseline; null without a baseline (and for the baseline itself).</param>
/// <param name="AllocationRatio">Allocated bytes relative to the baseline; null when unknown or the baseline allocates nothing.</param>
public sealed record Row(
    BenchmarkResult Benchmark,
    bool IsBaseline,
    IReadOnlyDictionary<int, double> Rounds,
    double Median,
    PooledRatio? Ratio,
    double? AllocationRatio,
    Steadiness Steadiness,
    int Iterations)
{
    public long? AllocatedBytes => Benchmark.Memory?.BytesAllocatedPerOperation;

    /// <summary>A dry run (fewer than 3 measured iterations per round): the numbers show that it runs, not how fast.</summary>
    public bool IsDryRun => Iterations < DryRunIterations;

    public const int DryRunIterations = 3;

    /// <summary>The interval of the median time over rounds; null with one round.</summary>
    public MedianInterval? Interval => MedianInterval.Of(Rounds.Values.ToArray());

    /// <summary>This row against another of the same run, round by round (for ordering claims).</summary>
    public PooledRatio? RatioTo(Row other) => PooledRatio.Between(Rounds, other.Rounds);
}
