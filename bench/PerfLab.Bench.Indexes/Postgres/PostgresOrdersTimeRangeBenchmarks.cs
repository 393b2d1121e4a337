namespace PerfLab.Bench.Indexes.Postgres;

/// <summary>
/// About 1,000 orders in a time window, in time order, out of 200,000. The B-tree is the same on two heaps holding
/// the same rows: CLUSTERed by time (baseline; correlation 1, a few pages, Index Scan) or in id order (times random,
/// correlation 0: the planner reads most of the heap's pages through a bitmap, then sorts). BRIN on a heap in time
/// order keeps one (min, max) per 128 pages: a far smaller index, whose matching ranges are read whole and rechecked.
/// </summary>
// Measured at 40 (results-profile.md, "Indexes on PostgreSQL"): ranges settled after 15-35 iterations, point lookups swing with the round trip.
[WarmupCount(40)]
[BenchmarkCategory(Categories.Indexes.OrdersTimeRange)]
public class PostgresOrdersTimeRangeBenchmarks : PostgresAccessPathBenchmarks<OrderHeader, (object From, object To)>
{
    private static readonly (object From, object To)[] Windows = OrderTimeSample.Windows(PostgresIndexDatabase.Scale);

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Indexes, Categories.Indexes.OrdersTimeRange);

    [GlobalSetup(Target = nameof(BTree_ClusteredByTime))]
    public void OpenClustered() => Open(PostgresAccessPaths.OrdersTimeWindow_BTreeClustered, _ => Windows);

    [GlobalSetup(Target = nameof(BTree_RandomOrder))]
    public void OpenRandomOrder() => Open(PostgresAccessPaths.OrdersTimeWindow_BTreeRandomOrder, _ => Windows);

    [GlobalSetup(Target = nameof(Brin_TimeOrdered))]
    public void OpenBrin() => Open(PostgresAccessPaths.OrdersTimeWindow_Brin, _ => Windows);

    [Benchmark(Baseline = true)]
    public List<OrderHeader> BTree_ClusteredByTime() => Query.Range(Keys.Next());

    [Benchmark]
    public List<OrderHeader> BTree_RandomOrder() => Query.Range(Keys.Next());

    [Benchmark]
    public List<OrderHeader> Brin_TimeOrdered() => Query.Range(Keys.Next());
}
