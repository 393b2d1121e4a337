namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// <see cref="RangeByEmailBenchmark{TPath}"/> on PostgreSQL, same method names. Clustered: the heap CLUSTERed on the
/// email primary key, so the range's rows share a few heap pages (Index Scan). Secondary index: the heap in id order,
/// the rows scattered over it (the planner reads them with a bitmap, page order, then sorts). Covering: index entries
/// only. Scan: every row, then a sort.
/// </summary>
// Measured at 40 (results-profile.md, "Indexes on PostgreSQL"): ranges settled after 15-35 iterations, point lookups swing with the round trip.
[WarmupCount(40)]
[BenchmarkCategory(Categories.Indexes.RangeByEmail)]
public class PostgresRangeByEmailBenchmarks : RangeByEmailBenchmark<PostgresAccessPath<CustomerCard>>
{
    private readonly PostgresAccessPathCase<CustomerCard> _case = new();

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Indexes, Categories.Indexes.RangeByEmail);

    protected override IAccessPathCase Case => _case;

    protected override EmailAccessPaths<PostgresAccessPath<CustomerCard>> Paths => PostgresAccessPaths.CustomerEmailRange;

    protected override void Open(PostgresAccessPath<CustomerCard> path) => Use(_case.Open(path, s => s.EmailRanges));
}
