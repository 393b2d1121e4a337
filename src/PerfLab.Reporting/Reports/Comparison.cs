namespace PerfLab.Reporting.Reports;

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

    /// <summary>Whether rows ran under more than one job (then the job is shown; warm-up counts aside, see BenchmarkResult.JobIdentity).</summary>
    public bool SpansJobs => Rows.Concat(Failed).Select(r => r.Benchmark.JobIdentity).Distinct(StringComparer.Ordinal).Skip(1).Any();

    public string Technique(Row row)
    {
        var name = SpansTypes ? $"{row.Benchmark.Type}.{row.Benchmark.MethodTitle}" : row.Benchmark.MethodTitle;
        return SpansJobs ? $"{name} [{row.Benchmark.JobIdentity}]" : name;
    }

    /// <summary>The measured row of the same case (full name and job) as <paramref name="row"/> of another run's comparison.</summary>
    public Row? Case(Row row) =>
        Rows.FirstOrDefault(r => r.Benchmark.FullName == row.Benchmark.FullName && r.Benchmark.JobIdentity == row.Benchmark.JobIdentity);

    /// <summary>The technique names of every row, measured or failed.</summary>
    public IEnumerable<string> Techniques => Rows.Concat(Failed).Select(Technique).Distinct(StringComparer.Ordinal);
}
