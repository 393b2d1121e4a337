namespace PerfLab.Bench.Queries;

/// <summary>
/// Placing an order: one INSERT when the list joins; an INSERT … SELECT that copies the customer's name and city
/// when the columns are copied; the INSERT whose trigger adds the summary row when a summary table is kept. New ids
/// above the largest, contents of sampled orders (<see cref="NewOrders"/>), so each lands at a random place in the
/// list's index. Autocommit, WAL, synchronous = NORMAL, checkpoints amortized as in the rename comparison.
/// </summary>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, queries): the summary-table row settled after 25 warm-up
// iterations, the copied columns after 13, normalized from the first. 30.
[WarmupCount(30)]
[BenchmarkCategory(Categories.Queries.DenormalizedInsert)]
public class OrderListInsertBenchmarks : OrderListBenchmark
{
    private NewOrders _orders = null!;

    [GlobalSetup(Target = nameof(PlaceOrder_Normalized))]
    public void OpenNormalized() => OpenList(OrderListVariant.Normalized);

    [GlobalSetup(Target = nameof(PlaceOrder_CopiedColumns))]
    public void OpenCopiedColumns() => OpenList(OrderListVariant.CopiedColumns);

    [GlobalSetup(Target = nameof(PlaceOrder_SummaryTable))]
    public void OpenSummaryTable() => OpenList(OrderListVariant.SummaryTable);

    [Benchmark(Baseline = true)]
    public int PlaceOrder_Normalized() => List.Insert(_orders.Next());

    [Benchmark]
    public int PlaceOrder_CopiedColumns() => List.Insert(_orders.Next());

    [Benchmark]
    public int PlaceOrder_SummaryTable() => List.Insert(_orders.Next());

    protected override void Prepare() => _orders = OrderListWorkload.NewOrders(Lab!);
}
