namespace PerfLab.Bench.Queries;

/// <summary>
/// A page of 50 orders from a million, in (OrderedAt, Id) order, at increasing depth: OFFSET skips every earlier
/// row (walking the index entry by entry), keyset seeks past the previous page's last key (one index search,
/// whatever the depth). Raw SQL through hand-coded ADO.NET, a new command per call; 16 consecutive pages at each
/// depth in turn (<see cref="PageSample"/>).
/// </summary>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, queries): every row within 10% of its median from the
// first warm-up iteration, at every depth.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Queries.Pagination)]
public class PaginationDepthBenchmarks : QueriesBenchmark
{
    private OrderPages _pages = null!;
    private KeyCycle<PageRequest> _requests = null!;

    [Params(1, 100, 1_000, 10_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var lab = Open(OrderListVariant.Normalized);
        _pages = new OrderPages(lab);
        _requests = new KeyCycle<PageRequest>(PageSample.At(lab, Depth));
    }

    [Benchmark(Baseline = true)]
    public List<OrderRow> Page_KeysetSql() => _pages.KeysetAdo(_requests.Next());

    [Benchmark]
    public List<OrderRow> Page_OffsetSql() => _pages.OffsetAdo(_requests.Next());

    protected override string? PlanOf(string benchmarkMethod) => benchmarkMethod switch
    {
        nameof(Page_KeysetSql) => Lab!.DescribePlan(OrderPages.KeysetSql, ("$at", SqliteValues.Timestamp(CommerceDataGenerator.Epoch)), ("$id", 1L), ("$limit", OrderPages.PageSize)),
        nameof(Page_OffsetSql) => Lab!.DescribePlan(OrderPages.OffsetSql, ("$limit", OrderPages.PageSize), ("$offset", OrderPages.OffsetOf(Depth))),
        _ => null,
    };
}
