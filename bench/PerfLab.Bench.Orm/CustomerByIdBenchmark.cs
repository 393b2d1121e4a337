using System.Data.Common;

namespace PerfLab.Bench.Orm;

/// <summary>
/// One customer by primary key, on either engine: each layer's fixed cost per query, against hand-coded ADO.NET (a new
/// command per call, as Dapper and EF Core build one). The StatementReuse row prepares the statement once and only
/// binds per call. Keys rotate over every customer in a fixed shuffled order.
/// </summary>
public abstract class CustomerByIdBenchmark<TAdo, TCommand, TRow> : OrmBenchmark<CustomerByIdHandCoded<TAdo, TCommand, TRow>>
    where TAdo : struct, IAdoEngine<TCommand, TRow>
    where TCommand : DbCommand
    where TRow : struct, IRowCursor, IDisposable
{
    protected KeyCycle<long> Keys { get; private set; } = null!;

    [Benchmark, HandWrittenWarmup]
    public Customer? ById_AdoStatementReuse() => Scenario.AdoStatementReuse(Keys.Next());

    [Benchmark(Baseline = true), HandWrittenWarmup]
    public Customer? ById_AdoNewCommand() => Scenario.AdoNewCommand(Keys.Next());

    [Benchmark, HandWrittenWarmup]
    public Customer? ById_DapperQueryFirstOrDefault() => Scenario.DapperQueryFirstOrDefault(Keys.Next());

    [Benchmark]
    public Customer? ById_EfCompiledNoTracking() => Scenario.EfCompiledNoTracking(Keys.Next());

    [Benchmark]
    public Customer? ById_EfLinqNoTracking() => Scenario.EfLinqNoTracking(Keys.Next());

    [Benchmark]
    public Customer? ById_EfLinqNoTrackingNewContext() => Scenario.EfLinqNoTrackingNewContext(Keys.Next());

    protected override void Prepare() => Keys = KeyCycle.ShuffledIds(Scale);
}
