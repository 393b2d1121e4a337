namespace PerfLab.Results.Suites;

/// <summary>
/// One comparison: a lab category, or a benchmark type when the export has no categories. Its rows are split into
/// groups by parameter values: each group is compared with its own baseline, as BenchmarkDotNet does.
/// </summary>
public sealed record Comparison(string Name, string Slug, bool IsCategory, IReadOnlyList<CaseGroup> Groups, IReadOnlyList<Row> Failed)
{
    public IEnumerable<Row> Rows => Groups.SelectMany(g => g.Rows);

    /// <summary>The measured rows flagged not steady.</summary>
    public IEnumerable<Row> NotSteady => Rows.Where(r => !r.Steadiness.IsSteady);

    /// <summary>The measured rows whose regime differs between rounds or runs (<see cref="RegimeCheck"/>).</summary>
    public IEnumerable<Row> RegimeDiffers => Rows.Where(r => r.RegimeCheck.Differs);

    /// <summary>
    /// Whether its cases are load cases (<see cref="Row.IsLoad"/>): then it has a latency table and chart instead of
    /// times, ratios and their findings (<see cref="LoadSection"/>).
    /// </summary>
    public bool IsLoad => Rows.Any(r => r.IsLoad);

    /// <summary>Why a finding or a break-even cannot divide this comparison's times (a load comparison has none); null when it can.</summary>
    public string? NoTimes => IsLoad
        ? $"{Name} is a load comparison: its times are load runs' durations, so it has no ratios to check (its latencies are in its Latency under load section)"
        : null;

    /// <summary>Whether any group has a baseline row.</summary>
    public bool HasBaseline => Groups.Any(g => g.Baseline is not null);

    /// <summary>
    /// Whether two benchmark types give a method of the same name for the same parameter values (then every technique is
    /// shown as Type.Method, or the rows could not be told apart). Types that split a comparison by parameter values, as
    /// an engine's classes do, keep the plain method names, which pair the same technique across engines.
    /// </summary>
    public bool SpansTypes => Rows.Concat(Failed)
        .GroupBy(r => (r.Benchmark.ParametersText, r.Benchmark.MethodTitle))
        .Any(g => g.Select(r => r.Benchmark.Type).Distinct(StringComparer.Ordinal).Skip(1).Any());

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

    /// <summary>
    /// What is wrong with naming <paramref name="names"/> in this comparison (a technique it does not have at all: a
    /// renamed benchmark, so bad input for the file that names it), or null when it has them all.
    /// </summary>
    public string? UnknownTechnique(IEnumerable<string> names) =>
        names.FirstOrDefault(n => !Techniques.Contains(n, StringComparer.Ordinal)) is { } missing
            ? $"{Name} has no technique {missing} (it has {string.Join(", ", Techniques.Order(StringComparer.Ordinal))})"
            : null;

    /// <summary>
    /// The group with the parameter values a spec names (<c>Rows=1000000</c>; null: the comparison's only group).
    /// Group null without a problem: the run did not measure those values. A problem: the spec must name a set.
    /// </summary>
    public (CaseGroup? Group, string? Problem) GroupOf(string? parameters) =>
        parameters is not null ? (Groups.FirstOrDefault(g => g.ParametersText == parameters), null)
        : Groups.Count == 1 ? (Groups[0], null)
        : (null, $"{Name} has {Groups.Count} parameter sets: name one in \"parameters\"");

    /// <summary>The measured row of <paramref name="technique"/> in <paramref name="group"/>; null when it has no result there.</summary>
    public Row? Find(CaseGroup group, string technique) => group.Rows.FirstOrDefault(r => Technique(r) == technique);
}
