namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// <see cref="PointLookupByEmailBenchmark{TPath}"/> on PostgreSQL, same method names. PostgreSQL has no table clustered
/// on a key, only heaps: every path but the index-only one searches a B-tree, then reads the row from the heap, so the
/// baseline (an Index Scan of an email primary key, the heap CLUSTERed on it) and the secondary index (an Index Scan of
/// the unique email index) do the same work for one row. Covering: an Index Only Scan (the visibility map spares the
/// heap). Scan: a Seq Scan, every row read.
/// </summary>
// Measured at 40 (results-profile.md, "Indexes on PostgreSQL"): ranges settled after 15-35 iterations, point lookups swing with the round trip.
[WarmupCount(40)]
[BenchmarkCategory(Categories.Indexes.PointLookupByEmail)]
public class PostgresPointLookupByEmailBenchmarks : PointLookupByEmailBenchmark<PostgresAccessPath<CustomerCard>>
{
    private readonly PostgresAccessPathCase<CustomerCard> _case = new();

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Indexes, Categories.Indexes.PointLookupByEmail);

    protected override IAccessPathCase Case => _case;

    protected override EmailAccessPaths<PostgresAccessPath<CustomerCard>> Paths => PostgresAccessPaths.CustomerByEmail;

    protected override void Open(PostgresAccessPath<CustomerCard> path) => Use(_case.Open(path, s => s.RandomEmails));
}
