using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Reports;

/// <summary>One suite's results, ready to render: its exports and its comparisons.</summary>
/// <param name="Name">The suite name (the lab's, else derived from the export, see <see cref="BenchmarkExport.Suite"/>).</param>
/// <param name="Slug">File-name form of <paramref name="Name"/>: the page is <c>{Slug}.md</c>.</param>
/// <param name="Exports">The exports the page is made from (after dropping ones fully superseded by newer runs).</param>
/// <param name="Superseded">Benchmarks that a newer export of the same suite measured again (not shown).</param>
public sealed record SuiteReport(
    string Name,
    string Slug,
    IReadOnlyList<BenchmarkExport> Exports,
    IReadOnlyList<Comparison> Comparisons,
    IReadOnlyList<BenchmarkResult> Superseded)
{
    /// <summary>BenchmarkDotNet's own clock summed over the exports; null when an export does not record it.</summary>
    public double? BenchmarkSeconds =>
        Exports.All(e => e.Lab?.TotalSeconds is not null) ? Exports.Sum(e => e.Lab!.TotalSeconds!.Value) : null;

    /// <summary>
    /// Wall-clock seconds of the suite's host processes (each from its start to its last export, added up over the
    /// processes: repeated runs count each); null when an export does not record it.
    /// </summary>
    public double? WallSeconds =>
        Exports.All(e => e.Lab is { HostStartedUtc: not null, HostSeconds: not null })
            ? Exports.GroupBy(e => e.Lab!.HostStartedUtc, StringComparer.Ordinal).Sum(host => host.Max(e => e.Lab!.HostSeconds!.Value))
            : null;
}

/// <summary>
/// One comparison: a lab category, or a benchmark type when the export has no categories. Its rows are split into
/// groups by parameter values: each group is compared with its own baseline, as BenchmarkDotNet does.
/// </summary>
public sealed record Comparison(string Name, string Slug, bool IsCategory, IReadOnlyList<CaseGroup> Groups, IReadOnlyList<Row> Failed)
{
    public IEnumerable<Row> Rows => Groups.SelectMany(g => g.Rows);

    /// <summary>The measured rows flagged unstable (see <see cref="Reports.Stability"/>).</summary>
    public IEnumerable<Row> Unstable => Rows.Where(r => !r.Stability.IsStable);

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
}

/// <summary>The rows of one comparison that share parameter values, fastest (lowest median) first.</summary>
/// <param name="Parameters">The shared parameter values (empty when the benchmarks have none).</param>
/// <param name="Baseline">The lab-marked baseline of this group; null when there is none.</param>
public sealed record CaseGroup(IReadOnlyList<BenchmarkParameter> Parameters, IReadOnlyList<Row> Rows, Row? Baseline)
{
    public string ParametersText => string.Join(", ", Parameters.Select(p => $"{p.Name}={p.Value}"));
}

/// <summary>One measured benchmark with what the page derives from it relative to its group's baseline.</summary>
/// <param name="Ratio">Time relative to the baseline; null without a baseline (or for the baseline itself: 1).</param>
/// <param name="AllocationRatio">Allocated bytes relative to the baseline; null when unknown or the baseline allocates nothing.</param>
/// <param name="Stability">Whether the number can be taken at face value (not assessed for failed and dry-run rows).</param>
public sealed record Row(BenchmarkResult Benchmark, bool IsBaseline, RatioEstimate? Ratio, double? AllocationRatio, Stability Stability)
{
    public BenchmarkStatistics Statistics => Benchmark.Statistics!;

    public long? AllocatedBytes => Benchmark.Memory?.BytesAllocatedPerOperation;
}
