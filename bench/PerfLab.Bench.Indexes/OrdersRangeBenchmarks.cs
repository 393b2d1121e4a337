namespace PerfLab.Bench.Indexes;

/// <summary>
/// The orders of 250 consecutive customers (about 1,000 rows; Rows counts orders here), in (CustomerId, OrderedAt, Id)
/// order: adjacent rows of a table clustered on that composite key, vs the same order read from a secondary index
/// with one search of the rowid table per order (order ids are unrelated to customers, so those rows are scattered).
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat after its first 5 iterations.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Indexes.OrdersRange)]
public class OrdersRangeBenchmarks : AccessPathBenchmarks<OrderHeader, (object From, object To)>
{
    [GlobalSetup(Target = nameof(ClusteredByCustomer))]
    public void OpenClustered() => Open(AccessPaths.OrdersOfCustomers_Clustered, _ => OrderKeySample.CustomerRanges(Rows));

    [GlobalSetup(Target = nameof(SecondaryIndex))]
    public void OpenSecondaryIndex() => Open(AccessPaths.OrdersOfCustomers_SecondaryIndex, _ => OrderKeySample.CustomerRanges(Rows));

    [Benchmark(Baseline = true)]
    public List<OrderHeader> ClusteredByCustomer() => Query.Range(Keys.Next());

    [Benchmark]
    public List<OrderHeader> SecondaryIndex() => Query.Range(Keys.Next());
}
