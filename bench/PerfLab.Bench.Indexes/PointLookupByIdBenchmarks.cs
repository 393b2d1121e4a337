namespace PerfLab.Bench.Indexes;

/// <summary>
/// One customer by id, keys in random order: the id as the rowid (<c>INTEGER PRIMARY KEY</c>, the table's own
/// B-tree) vs the <c>INT PRIMARY KEY</c> trap (an automatic index on the id, then the hidden rowid). Same key, same
/// rows: only the declared type name differs.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat after its first 5 iterations.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Indexes.PointLookupById)]
public class PointLookupByIdBenchmarks : AccessPathBenchmarks<CustomerCard, object>
{
    [GlobalSetup(Target = nameof(ById_RowidPrimaryKey))]
    public void OpenRowid() => Open(AccessPaths.CustomerById_RowidPrimaryKey, s => s.RandomIds);

    [GlobalSetup(Target = nameof(ById_IntPrimaryKey))]
    public void OpenIntPrimaryKey() => Open(AccessPaths.CustomerById_IntPrimaryKey, s => s.RandomIds);

    /// <summary>One search of the table's own B-tree.</summary>
    [Benchmark(Baseline = true)]
    public CustomerCard? ById_RowidPrimaryKey() => Query.Single(Keys.Next());

    /// <summary>Search the automatic index for the rowid, then search the table.</summary>
    [Benchmark]
    public CustomerCard? ById_IntPrimaryKey() => Query.Single(Keys.Next());
}
