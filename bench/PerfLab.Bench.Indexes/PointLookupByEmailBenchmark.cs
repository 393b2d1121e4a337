namespace PerfLab.Bench.Indexes;

/// <summary>
/// One customer by email, keys in random order, through each access path an engine offers for that key
/// (<see cref="EmailAccessPaths{TPath}"/>): the table clustered on email, a secondary index, a covering index, no index.
/// Same key, same rows: only the variant's indexes differ, so each ratio is the access path's own cost.
/// </summary>
public abstract class PointLookupByEmailBenchmark<TPath> : AccessPathComparison<CustomerCard, object>
{
    [GlobalSetup(Target = nameof(ByEmail_ClusteredPrimaryKey))]
    public void OpenEmailClustered() => Open(Paths.Clustered);

    [GlobalSetup(Target = nameof(ByEmail_SecondaryIndex))]
    public void OpenEmailSecondaryIndex() => Open(Paths.SecondaryIndex);

    [GlobalSetup(Target = nameof(ByEmail_CoveringIndex))]
    public void OpenEmailCoveringIndex() => Open(Paths.CoveringIndex);

    [GlobalSetup(Target = nameof(ByEmail_Scan))]
    public void OpenEmailScan() => Open(Paths.Scan);

    [Benchmark(Baseline = true)]
    public CustomerCard? ByEmail_ClusteredPrimaryKey() => Query.Single(Keys.Next());

    [Benchmark]
    public CustomerCard? ByEmail_SecondaryIndex() => Query.Single(Keys.Next());

    [Benchmark]
    public CustomerCard? ByEmail_CoveringIndex() => Query.Single(Keys.Next());

    [Benchmark]
    public CustomerCard? ByEmail_Scan() => Query.Single(Keys.Next());

    /// <summary>The engine's four paths.</summary>
    protected abstract EmailAccessPaths<TPath> Paths { get; }

    /// <summary>Opens <paramref name="path"/> on the engine, with random emails of its data set.</summary>
    protected abstract void Open(TPath path);
}
