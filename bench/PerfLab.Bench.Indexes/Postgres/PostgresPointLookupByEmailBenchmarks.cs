namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// PostgreSQL's rows of <see cref="PointLookupByEmailBenchmarks"/>: one customer by email, keys in random order, same
/// method names. PostgreSQL has no table clustered on a key, only heaps: every path but the index-only one searches a
/// B-tree, then reads the row from the heap, so the baseline (a primary key on email, heap CLUSTERed on it) and the
/// secondary index do the same work for one row.
/// </summary>
// Measured at 40 (results-profile.md, "Indexes on PostgreSQL"): ranges settled after 15-35 iterations, point lookups swing with the round trip.
[WarmupCount(40)]
[BenchmarkCategory(Categories.Indexes.PointLookupByEmail)]
public class PostgresPointLookupByEmailBenchmarks : PostgresAccessPathBenchmarks<CustomerCard, object>
{
    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Indexes, Categories.Indexes.PointLookupByEmail);

    [GlobalSetup(Target = nameof(ByEmail_ClusteredPrimaryKey))]
    public void OpenEmailClustered() => Open(PostgresAccessPaths.CustomerByEmail_Clustered, Sample.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_SecondaryIndex))]
    public void OpenEmailSecondaryIndex() => Open(PostgresAccessPaths.CustomerByEmail_SecondaryIndex, Sample.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_CoveringIndex))]
    public void OpenEmailCoveringIndex() => Open(PostgresAccessPaths.CustomerByEmail_CoveringIndex, Sample.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_Scan))]
    public void OpenEmailScan() => Open(PostgresAccessPaths.CustomerByEmail_Scan, Sample.RandomEmails);

    /// <summary>Index Scan of the email primary key, then the heap.</summary>
    [Benchmark(Baseline = true)]
    public CustomerCard? ByEmail_ClusteredPrimaryKey() => Query.Single(Keys.Next());

    /// <summary>Index Scan of the unique email index, then the heap.</summary>
    [Benchmark]
    public CustomerCard? ByEmail_SecondaryIndex() => Query.Single(Keys.Next());

    /// <summary>Index Only Scan: the index holds every selected column and the visibility map spares the heap.</summary>
    [Benchmark]
    public CustomerCard? ByEmail_CoveringIndex() => Query.Single(Keys.Next());

    /// <summary>Seq Scan: every row read.</summary>
    [Benchmark]
    public CustomerCard? ByEmail_Scan() => Query.Single(Keys.Next());
}
