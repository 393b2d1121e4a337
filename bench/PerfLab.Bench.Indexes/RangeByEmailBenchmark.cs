namespace PerfLab.Bench.Indexes;

/// <summary>
/// 1,000 consecutive emails, in email order, through each access path an engine offers (<see cref="EmailAccessPaths{TPath}"/>):
/// adjacent rows of a table clustered on email (the baseline: no rowid or id path can answer an email range), a
/// secondary index (rows scattered), a covering index (adjacent index entries, no table), a scan and sort.
/// </summary>
public abstract class RangeByEmailBenchmark<TPath> : AccessPathComparison<CustomerCard, (object From, object To)>
{
    [GlobalSetup(Target = nameof(Clustered))]
    public void OpenClustered() => Open(Paths.Clustered);

    [GlobalSetup(Target = nameof(SecondaryIndex))]
    public void OpenSecondaryIndex() => Open(Paths.SecondaryIndex);

    [GlobalSetup(Target = nameof(CoveringIndex))]
    public void OpenCoveringIndex() => Open(Paths.CoveringIndex);

    [GlobalSetup(Target = nameof(Scan))]
    public void OpenScan() => Open(Paths.Scan);

    [Benchmark(Baseline = true)]
    public List<CustomerCard> Clustered() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> SecondaryIndex() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> CoveringIndex() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> Scan() => Query.Range(Keys.Next());

    /// <summary>The engine's four paths.</summary>
    protected abstract EmailAccessPaths<TPath> Paths { get; }

    /// <summary>Opens <paramref name="path"/> on the engine, with email ranges of its data set.</summary>
    protected abstract void Open(TPath path);
}
