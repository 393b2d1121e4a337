namespace PerfLab.Bench.Queries;

/// <summary>
/// What the denormalization benchmarks share: each method's own <c>[GlobalSetup(Target = …)]</c> opens only the
/// variant it measures (<see cref="OrderListVariant"/>: join, copied columns, summary table) with its prepared
/// statements (<see cref="OrderList"/>), under synchronous = NORMAL for all three.
/// </summary>
public abstract class OrderListBenchmark : QueriesBenchmark
{
    protected OrderList List { get; private set; } = null!;

    protected void OpenList(OrderListVariant variant)
    {
        var lab = Open(variant);
        lab.UseNormalSynchronous();
        List = new OrderList(lab);
        Prepare();
    }

    /// <summary>Builds the inputs the class rotates over, once the database is open.</summary>
    protected abstract void Prepare();

    protected override void Cleanup() => List?.Dispose();
}
