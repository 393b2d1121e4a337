namespace PerfLab.Bench.Indexes;

/// <summary>
/// 1,000 consecutive ids: adjacent rows of the rowid B-tree, vs the INT PRIMARY KEY trap, whose automatic index yields
/// each row's rowid and costs one table search per row.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat after its first 5 iterations.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Indexes.RangeById)]
public class RangeByIdBenchmarks : AccessPathBenchmarks<CustomerCard, (object From, object To)>
{
    [GlobalSetup(Target = nameof(RowidPrimaryKey))]
    public void OpenRowid() => Open(AccessPaths.CustomerIdRange_RowidPrimaryKey, s => s.IdRanges);

    [GlobalSetup(Target = nameof(IntPrimaryKey))]
    public void OpenIntPrimaryKey() => Open(AccessPaths.CustomerIdRange_IntPrimaryKey, s => s.IdRanges);

    [Benchmark(Baseline = true)]
    public List<CustomerCard> RowidPrimaryKey() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> IntPrimaryKey() => Query.Range(Keys.Next());
}
