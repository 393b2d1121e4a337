using System.Data.Common;

namespace PerfLab.Bench.Orm;

/// <summary>
/// About 160 lines of one product through an index, on either engine: each layer's cost per materialized row, against
/// hand-coded ADO.NET (a new command per call). The StatementReuse row prepares the statement once (see the by-key
/// comparison). Products rotate in a fixed shuffled order.
/// </summary>
public abstract class OrderLinesByProductBenchmark<TAdo, TCommand, TRow> : OrmBenchmark<OrderLinesByProductHandCoded<TAdo, TCommand, TRow>>
    where TAdo : struct, IAdoEngine<TCommand, TRow>
    where TCommand : DbCommand
    where TRow : struct, IRowCursor, IDisposable
{
    protected KeyCycle<long> Keys { get; private set; } = null!;

    [Benchmark, HandWrittenWarmup]
    public List<OrderLine> List_AdoStatementReuse() => Scenario.AdoStatementReuse(Keys.Next());

    [Benchmark(Baseline = true), HandWrittenWarmup]
    public List<OrderLine> List_AdoNewCommand() => Scenario.AdoNewCommand(Keys.Next());

    [Benchmark, HandWrittenWarmup]
    public List<OrderLine> List_DapperBuffered() => Scenario.DapperBuffered(Keys.Next());

    [Benchmark]
    public List<OrderLine> List_EfCompiledNoTracking() => Scenario.EfCompiledNoTracking(Keys.Next());

    [Benchmark]
    public List<OrderLine> List_EfLinqNoTracking() => Scenario.EfLinqNoTracking(Keys.Next());

    [Benchmark]
    public List<OrderLine> List_EfLinqTracking() => Scenario.EfLinqTracking(Keys.Next());

    protected override void Prepare() => Keys = KeyCycle.ShuffledIds(new CommerceDataGenerator(Scale).ProductCount);
}
