using System.Data.Common;

namespace PerfLab.Bench.Orm;

/// <summary>
/// A page of 100 customers as three-column DTOs or as whole entities, on either engine: what selecting only what the
/// screen needs saves in each layer. Pages rotate over the table in a fixed shuffled order.
/// </summary>
public abstract class CustomerProjectionBenchmark<TAdo, TCommand, TRow> : OrmBenchmark<CustomerProjectionHandCoded<TAdo, TCommand, TRow>>
    where TAdo : struct, IAdoEngine<TCommand, TRow>
    where TCommand : DbCommand
    where TRow : struct, IRowCursor, IDisposable
{
    protected KeyCycle<long> Pages { get; private set; } = null!;

    [Benchmark(Baseline = true), HandWrittenWarmup]
    public List<CustomerSummary> Projection_AdoSummariesNewCommand() => Scenario.AdoSummariesNewCommand(Pages.Next());

    [Benchmark, HandWrittenWarmup]
    public List<Customer> Projection_AdoEntitiesNewCommand() => Scenario.AdoEntitiesNewCommand(Pages.Next());

    [Benchmark, HandWrittenWarmup]
    public List<CustomerSummary> Projection_DapperSummaries() => Scenario.DapperSummaries(Pages.Next());

    [Benchmark]
    public List<CustomerSummary> Projection_EfSummaries() => Scenario.EfSummaries(Pages.Next());

    [Benchmark]
    public List<Customer> Projection_EfEntitiesTracking() => Scenario.EfEntitiesTracking(Pages.Next());

    // One size: a page is 100 rows at any scale; 100,000 customers give 1,000 distinct pages to rotate over.
    protected override void Prepare() => Pages = CustomerProjectionTechniques.PageStarts(Scale);
}
