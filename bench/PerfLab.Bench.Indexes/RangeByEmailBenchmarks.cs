namespace PerfLab.Bench.Indexes;

/// <summary>
/// <see cref="RangeByEmailBenchmark{TPath}"/> on SQLite: adjacent rows of the WITHOUT ROWID table clustered on email
/// (baseline), vs a secondary index (one table search per row, rows scattered), vs a covering index (adjacent index
/// entries, no table), vs a scan and sort.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat after its first 5 iterations.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Indexes.RangeByEmail)]
public class RangeByEmailBenchmarks : RangeByEmailBenchmark<AccessPath<CustomerCard>>
{
    private readonly SqliteAccessPathCase<CustomerCard> _case = new();

    [Params(SqliteSizes.InCache, SqliteSizes.BeyondCache)]
    public int Rows { get; set; }

    protected override IAccessPathCase Case => _case;

    protected override EmailAccessPaths<AccessPath<CustomerCard>> Paths => AccessPaths.CustomerEmailRange;

    protected override void Open(AccessPath<CustomerCard> path) => Use(_case.Open(path, Rows, s => s.EmailRanges));
}
