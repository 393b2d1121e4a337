using System.Data.Common;

namespace PerfLab.Bench.Orm;

/// <summary>
/// A customer's orders with their lines (~4 parents, ~16 children), on either engine: how each technique loads a
/// graph. The graph per customer is the same at every scale; customers rotate in a fixed shuffled order.
/// </summary>
public abstract class CustomerOrdersBenchmark<TAdo, TCommand, TRow> : OrmBenchmark<CustomerOrdersHandCoded<TAdo, TCommand, TRow>>
    where TAdo : struct, IAdoEngine<TCommand, TRow>
    where TCommand : DbCommand
    where TRow : struct, IRowCursor, IDisposable
{
    protected KeyCycle<long> Keys { get; private set; } = null!;

    [Benchmark(Baseline = true), HandWrittenWarmup]
    public List<OrderWithLines> Graph_AdoJoinNewCommand() => Scenario.AdoJoinNewCommand(Keys.Next());

    [Benchmark, HandWrittenWarmup]
    public List<OrderWithLines> Graph_AdoNPlusOneNewCommand() => Scenario.AdoNPlusOneNewCommand(Keys.Next());

    [Benchmark, HandWrittenWarmup]
    public List<OrderWithLines> Graph_DapperMultiMap() => Scenario.DapperMultiMap(Keys.Next());

    [Benchmark]
    public List<OrderWithLines> Graph_EfInclude() => Scenario.EfInclude(Keys.Next());

    [Benchmark]
    public List<OrderWithLines> Graph_EfSplitQuery() => Scenario.EfSplitQuery(Keys.Next());

    [Benchmark]
    public List<OrderWithLines> Graph_EfNPlusOne() => Scenario.EfNPlusOne(Keys.Next());

    protected override void Prepare() => Keys = KeyCycle.ShuffledIds(Scale);
}
