namespace PerfLab.Bench.Indexes;

/// <summary>
/// <see cref="PointLookupByEmailBenchmark{TPath}"/> on SQLite: one search of the WITHOUT ROWID table's B-tree, keyed on
/// text (baseline); the email index for the rowid, then the table; one search of an index holding every selected
/// column; no usable index, every row read.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat after its first 5 iterations.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Indexes.PointLookupByEmail)]
public class PointLookupByEmailBenchmarks : PointLookupByEmailBenchmark<AccessPath<CustomerCard>>
{
    private readonly SqliteAccessPathCase<CustomerCard> _case = new();

    [Params(SqliteSizes.InCache, SqliteSizes.BeyondCache)]
    public int Rows { get; set; }

    protected override IAccessPathCase Case => _case;

    protected override EmailAccessPaths<AccessPath<CustomerCard>> Paths => AccessPaths.CustomerByEmail;

    protected override void Open(AccessPath<CustomerCard> path) => Use(_case.Open(path, Rows, s => s.RandomEmails));
}
