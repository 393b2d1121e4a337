namespace PerfLab.Bench.Indexes;

/// <summary>
/// 1,000 consecutive emails, in email order: adjacent rows of a table clustered on email, vs a secondary index (one
/// table search per row, rows scattered), vs a covering index (adjacent index entries, no table), vs a scan and sort.
/// The clustered read is the baseline: no rowid path can answer an email range.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat after its first 5 iterations.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Indexes.RangeByEmail)]
public class RangeByEmailBenchmarks : AccessPathBenchmarks<CustomerCard, (object From, object To)>
{
    [GlobalSetup(Target = nameof(Clustered))]
    public void OpenClustered() => Open(AccessPaths.CustomerEmailRange_Clustered, Sample.EmailRanges);

    [GlobalSetup(Target = nameof(SecondaryIndex))]
    public void OpenSecondaryIndex() => Open(AccessPaths.CustomerEmailRange_SecondaryIndex, Sample.EmailRanges);

    [GlobalSetup(Target = nameof(CoveringIndex))]
    public void OpenCoveringIndex() => Open(AccessPaths.CustomerEmailRange_CoveringIndex, Sample.EmailRanges);

    [GlobalSetup(Target = nameof(Scan))]
    public void OpenScan() => Open(AccessPaths.CustomerEmailRange_Scan, Sample.EmailRanges);

    [Benchmark(Baseline = true)]
    public List<CustomerCard> Clustered() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> SecondaryIndex() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> CoveringIndex() => Query.Range(Keys.Next());

    [Benchmark]
    public List<CustomerCard> Scan() => Query.Range(Keys.Next());
}
