namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// PostgreSQL's rows of <see cref="RangeByEmailBenchmarks"/>: 1,000 consecutive emails in email order, same method
/// names. Clustered: the heap CLUSTERed on the email primary key, so the range's rows share a few heap pages (Index
/// Scan). Secondary index: the heap in id order, the rows scattered over it (the planner reads them with a bitmap,
/// page order, then sorts). Covering: index entries only. Scan: every row, then a sort.
/// </summary>
// Measured at 40 (results-profile.md, "Indexes on PostgreSQL"): ranges settled after 15-35 iterations, point lookups swing with the round trip.
[WarmupCount(40)]
[BenchmarkCategory(Categories.Indexes.RangeByEmail)]
public class PostgresRangeByEmailBenchmarks : PostgresAccessPathBenchmarks<CustomerCard, (object From, object To)>
{
    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Indexes, Categories.Indexes.RangeByEmail);

    [GlobalSetup(Target = nameof(Clustered))]
    public void OpenClustered() => Open(PostgresAccessPaths.CustomerEmailRange_Clustered, Sample.EmailRanges);

    [GlobalSetup(Target = nameof(SecondaryIndex))]
    public void OpenSecondaryIndex() => Open(PostgresAccessPaths.CustomerEmailRange_SecondaryIndex, Sample.EmailRanges);

    [GlobalSetup(Target = nameof(CoveringIndex))]
    public void OpenCoveringIndex() => Open(PostgresAccessPaths.CustomerEmailRange_CoveringIndex, Sample.EmailRanges);

    [GlobalSetup(Target = nameof(Scan))]
    public void OpenScan() => Open(PostgresAccessPaths.CustomerEmailRange_Scan, Sample.EmailRanges);

    [Benchmark(Baseline = true)]
    public List<CustomerCard> Clustered() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> SecondaryIndex() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> CoveringIndex() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> Scan() => Query.Range(Keys.Next());
}
