namespace PerfLab.Bench.Queries;

/// <summary>
/// The same deep page (depth 10,000: 499,950 rows before it) through Dapper and EF Core: OFFSET as each writes it
/// (the same SQL; <c>Skip/Take</c>) against keyset (the same row-value SQL; a LINQ seek predicate). One depth only,
/// to fit the suite's budget: the depth comparison is <see cref="PaginationDepthBenchmarks"/>'s.
/// </summary>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, queries): EF Core's keyset seek needed 28 warm-up
// iterations (its first 2.2x its median); Dapper's rows and the OFFSET rows were steady from the first.
[WarmupCount(40)]
[BenchmarkCategory(Categories.Queries.PaginationLayers)]
public class PaginationLayerBenchmarks : QueriesBenchmark
{
    private const int SqliteBoundWarmup = 15;

    private OrderPages _pages = null!;
    private KeyCycle<PageRequest> _requests = null!;

    [Params(10_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var lab = Open(OrderListVariant.Normalized);
        _pages = new OrderPages(lab);
        _requests = new KeyCycle<PageRequest>(PageSample.At(lab, Depth));
    }

    [Benchmark(Baseline = true), MethodWarmupCount(SqliteBoundWarmup)]
    public List<OrderRow> Page_KeysetDapper() => _pages.KeysetDapper(_requests.Next());

    [Benchmark, MethodWarmupCount(SqliteBoundWarmup)]
    public List<OrderRow> Page_OffsetDapper() => _pages.OffsetDapper(_requests.Next());

    [Benchmark]
    public List<OrderRow> Page_KeysetEfSeek() => _pages.KeysetEfSeek(_requests.Next());

    [Benchmark, MethodWarmupCount(SqliteBoundWarmup)]
    public List<OrderRow> Page_OffsetEfSkipTake() => _pages.OffsetEfSkipTake(_requests.Next());

    protected override string? PlanOf(string benchmarkMethod)
    {
        var page = PageSample.At(Lab!, Depth, pages: 1)[0];
        return benchmarkMethod switch
        {
            nameof(Page_KeysetEfSeek) => Lab!.DescribePlan(context => OrderPages.EfKeysetQuery(context, page.After)),
            nameof(Page_OffsetEfSkipTake) => Lab!.DescribePlan(context => OrderPages.EfOffsetQuery(context, page.Offset)),
            nameof(Page_KeysetDapper) => Lab!.DescribePlan(OrderPages.KeysetSql, ("$at", SqliteValues.Timestamp(page.After.OrderedAt)), ("$id", page.After.Id), ("$limit", OrderPages.PageSize)),
            nameof(Page_OffsetDapper) => Lab!.DescribePlan(OrderPages.OffsetSql, ("$limit", OrderPages.PageSize), ("$offset", page.Offset)),
            _ => null,
        };
    }
}
