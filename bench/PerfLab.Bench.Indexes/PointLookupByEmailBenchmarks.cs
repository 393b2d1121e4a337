namespace PerfLab.Bench.Indexes;

/// <summary>
/// One customer by email, keys in random order, through each access path SQLite offers for that key: the table
/// clustered on email (WITHOUT ROWID), a secondary index, a covering index, no index. Same key, same rows: only the
/// variant's indexes differ, so each ratio is the access path's own cost.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat after its first 5 iterations.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Indexes.PointLookupByEmail)]
public class PointLookupByEmailBenchmarks : AccessPathBenchmarks<CustomerCard, object>
{
    [GlobalSetup(Target = nameof(ByEmail_ClusteredPrimaryKey))]
    public void OpenEmailClustered() => Open(AccessPaths.CustomerByEmail_Clustered, Sample.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_SecondaryIndex))]
    public void OpenEmailSecondaryIndex() => Open(AccessPaths.CustomerByEmail_SecondaryIndex, Sample.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_CoveringIndex))]
    public void OpenEmailCoveringIndex() => Open(AccessPaths.CustomerByEmail_CoveringIndex, Sample.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_Scan))]
    public void OpenEmailScan() => Open(AccessPaths.CustomerByEmail_Scan, Sample.RandomEmails);

    /// <summary>One search of the WITHOUT ROWID table's B-tree, keyed on text.</summary>
    [Benchmark(Baseline = true)]
    public CustomerCard? ByEmail_ClusteredPrimaryKey() => Query.Single(Keys.Next());

    /// <summary>Search the email index for the rowid, then search the table.</summary>
    [Benchmark]
    public CustomerCard? ByEmail_SecondaryIndex() => Query.Single(Keys.Next());

    /// <summary>One search of an index that holds every selected column.</summary>
    [Benchmark]
    public CustomerCard? ByEmail_CoveringIndex() => Query.Single(Keys.Next());

    /// <summary>No usable index: read every row.</summary>
    [Benchmark]
    public CustomerCard? ByEmail_Scan() => Query.Single(Keys.Next());
}
