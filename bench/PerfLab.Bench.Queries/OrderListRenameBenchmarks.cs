namespace PerfLab.Bench.Queries;

/// <summary>
/// Renaming a customer (about four orders each): one UPDATE of the customer row when the list joins; the same plus
/// an UPDATE of every one of the customer's orders in one transaction when the columns are copied; the customer
/// UPDATE whose trigger rewrites the customer's summary rows when a summary table is kept. Customers rotate and are
/// renamed back in the second half of the cycle (<see cref="OrderListWorkload"/>), so every iteration starts from
/// one of the same two states. Autocommit in WAL with synchronous = NORMAL; SQLite's automatic checkpoint
/// (every 1,000 WAL pages) runs many times within every iteration, so each storage pays checkpoints in proportion to
/// the pages it writes, as it would in production.
/// </summary>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, queries): Rename_Normalized settled after 20 warm-up
// iterations; the copied-columns row kept rising slowly after 40 (+12% over its measured ones: WAL and checkpoint state,
// not the JIT), which the report's trend check watches. 30.
[WarmupCount(30)]
[BenchmarkCategory(Categories.Queries.DenormalizedRename)]
public class OrderListRenameBenchmarks : OrderListBenchmark
{
    private KeyCycle<(long Id, string Name)> _renames = null!;

    [GlobalSetup(Target = nameof(Rename_Normalized))]
    public void OpenNormalized() => OpenList(OrderListVariant.Normalized);

    [GlobalSetup(Target = nameof(Rename_CopiedColumns))]
    public void OpenCopiedColumns() => OpenList(OrderListVariant.CopiedColumns);

    [GlobalSetup(Target = nameof(Rename_SummaryTable))]
    public void OpenSummaryTable() => OpenList(OrderListVariant.SummaryTable);

    [Benchmark(Baseline = true)]
    public int Rename_Normalized() => Rename();

    [Benchmark]
    public int Rename_CopiedColumns() => Rename();

    [Benchmark]
    public int Rename_SummaryTable() => Rename();

    protected override void Prepare() => _renames = OrderListWorkload.Renames(Lab!);

    private int Rename()
    {
        var (id, name) = _renames.Next();
        return List.Rename(id, name);
    }
}
