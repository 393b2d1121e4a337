using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Indexes;

namespace PerfLab.Bench.Indexes;

/// <summary>
/// One customer by key, keys in random order, through each access path SQLite offers. Every method returns the same
/// customers (the id and email keys at one position name one customer); only the variant's indexes differ.
/// </summary>
[BenchmarkCategory(Categories.Indexes.PointLookup)]
public class PointLookupBenchmarks : AccessPathBenchmarks<CustomerCard, object>
{
    [GlobalSetup(Target = nameof(ById_RowidPrimaryKey))]
    public void OpenRowid() => Open(AccessPaths.CustomerById_RowidPrimaryKey, Sample.RandomIds);

    [GlobalSetup(Target = nameof(ById_IntPrimaryKey))]
    public void OpenIntPrimaryKey() => Open(AccessPaths.CustomerById_IntPrimaryKey, Sample.RandomIds);

    [GlobalSetup(Target = nameof(ByEmail_ClusteredPrimaryKey))]
    public void OpenEmailClustered() => Open(AccessPaths.CustomerByEmail_Clustered, Sample.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_SecondaryIndex))]
    public void OpenEmailSecondaryIndex() => Open(AccessPaths.CustomerByEmail_SecondaryIndex, Sample.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_CoveringIndex))]
    public void OpenEmailCoveringIndex() => Open(AccessPaths.CustomerByEmail_CoveringIndex, Sample.RandomEmails);

    [GlobalSetup(Target = nameof(ByEmail_Scan))]
    public void OpenEmailScan() => Open(AccessPaths.CustomerByEmail_Scan, Sample.RandomEmails);

    /// <summary>One search of the table's own B-tree.</summary>
    [Benchmark(Baseline = true)]
    public CustomerCard? ById_RowidPrimaryKey() => Query.Single(Keys.Next());

    /// <summary>Search the automatic index for the rowid, then search the table.</summary>
    [Benchmark]
    public CustomerCard? ById_IntPrimaryKey() => Query.Single(Keys.Next());

    /// <summary>One search of the WITHOUT ROWID table's B-tree, keyed on text.</summary>
    [Benchmark]
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
