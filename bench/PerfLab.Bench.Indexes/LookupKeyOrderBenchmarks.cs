namespace PerfLab.Bench.Indexes;

/// <summary>
/// The same point lookups fed keys in random order or in key order (each key the next one in the B-tree the lookup
/// searches, so consecutive lookups land on the same pages). For the secondary index, email order is still random
/// relative to the table's clustering (rowid) order: neighbouring index entries point to scattered rows.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat within 5 iterations even when given 40.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Indexes.LookupKeyOrder)]
public class LookupKeyOrderBenchmarks : AccessPathBenchmarks<CustomerCard, object>
{
    [GlobalSetup(Target = nameof(ById_Rowid_RandomKeys))]
    public void OpenRowidRandom() => Open(AccessPaths.CustomerById_RowidPrimaryKey, s => s.RandomIds);

    [GlobalSetup(Target = nameof(ById_Rowid_SequentialKeys))]
    public void OpenRowidSequential() => Open(AccessPaths.CustomerById_RowidPrimaryKey, s => s.SequentialIds);

    [GlobalSetup(Target = nameof(ByEmail_Clustered_RandomKeys))]
    public void OpenClusteredRandom() => Open(AccessPaths.CustomerByEmail_Clustered, s => s.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_Clustered_SequentialKeys))]
    public void OpenClusteredSequential() => Open(AccessPaths.CustomerByEmail_Clustered, s => s.SequentialEmails);

    [GlobalSetup(Target = nameof(ByEmail_SecondaryIndex_RandomKeys))]
    public void OpenSecondaryRandom() => Open(AccessPaths.CustomerByEmail_SecondaryIndex, s => s.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_SecondaryIndex_SequentialKeys))]
    public void OpenSecondarySequential() => Open(AccessPaths.CustomerByEmail_SecondaryIndex, s => s.SequentialEmails);

    [Benchmark(Baseline = true)]
    public CustomerCard? ById_Rowid_RandomKeys() => Query.Single(Keys.Next());

    [Benchmark]
    public CustomerCard? ById_Rowid_SequentialKeys() => Query.Single(Keys.Next());

    [Benchmark]
    public CustomerCard? ByEmail_Clustered_RandomKeys() => Query.Single(Keys.Next());

    [Benchmark]
    public CustomerCard? ByEmail_Clustered_SequentialKeys() => Query.Single(Keys.Next());

    [Benchmark]
    public CustomerCard? ByEmail_SecondaryIndex_RandomKeys() => Query.Single(Keys.Next());

    [Benchmark]
    public CustomerCard? ByEmail_SecondaryIndex_SequentialKeys() => Query.Single(Keys.Next());
}
