namespace PerfLab.Bench.Queries;

/// <summary>
/// Reading a page of 50 orders with each customer's name and city, starting at a random position of the million-row
/// list: joined from Customers at read time (50 primary-key searches of Customers), read from the columns copied
/// into Orders, or read from the summary table clustered in the list's order. The read gain of denormalizing; its
/// write cost is <see cref="OrderListRenameBenchmarks"/> and <see cref="OrderListInsertBenchmarks"/>.
/// </summary>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, queries): every row within 10% of its median from the
// first warm-up iteration.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Queries.DenormalizedRead)]
public class OrderListReadBenchmarks : OrderListBenchmark
{
    private KeyCycle<PageKey> _starts = null!;

    [GlobalSetup(Target = nameof(List_Join))]
    public void OpenJoin() => OpenList(OrderListVariant.Normalized);

    [GlobalSetup(Target = nameof(List_CopiedColumns))]
    public void OpenCopiedColumns() => OpenList(OrderListVariant.CopiedColumns);

    [GlobalSetup(Target = nameof(List_SummaryTable))]
    public void OpenSummaryTable() => OpenList(OrderListVariant.SummaryTable);

    [Benchmark(Baseline = true)]
    public List<OrderListing> List_Join() => List.Read(_starts.Next());

    [Benchmark]
    public List<OrderListing> List_CopiedColumns() => List.Read(_starts.Next());

    [Benchmark]
    public List<OrderListing> List_SummaryTable() => List.Read(_starts.Next());

    protected override void Prepare() => _starts = OrderListWorkload.PageStarts(Lab!);

    protected override string? PlanOf(string benchmarkMethod) =>
        Lab!.DescribePlan(OrderList.ReadSql(List.Storage), ("$at", SqliteValues.Timestamp(CommerceDataGenerator.Epoch)), ("$id", 1L), ("$limit", OrderList.PageSize));
}
