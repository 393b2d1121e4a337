using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Orm.Model;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Bench.Orm;

/// <summary>A page of 100 customers as three-column DTOs or as whole entities.</summary>
[BenchmarkCategory(Categories.Orm.Projection)]
public class CustomerProjectionBenchmarks : OrmBenchmark, ILabMetricSource
{
    private CustomerProjection _scenario = null!;
    private KeyCycle<long> _pages = null!;

    // One size: a page is 100 rows at any scale; 100,000 customers give 1,000 distinct pages to rotate over.
    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark(Baseline = true), MethodWarmupCount(HandWrittenWarmup)]
    public List<CustomerSummary> Projection_AdoSummariesNewCommand() => _scenario.AdoSummariesNewCommand(_pages.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<Customer> Projection_AdoEntitiesNewCommand() => _scenario.AdoEntitiesNewCommand(_pages.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<CustomerSummary> Projection_DapperSummaries() => _scenario.DapperSummaries(_pages.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<Customer> Projection_DapperEntities() => _scenario.DapperEntities(_pages.Next());

    [Benchmark]
    public List<CustomerSummary> Projection_EfSummaries() => _scenario.EfSummaries(_pages.Next());

    [Benchmark]
    public List<CustomerSummary> Projection_EfSqlQuerySummaries() => _scenario.EfSqlQuerySummaries(_pages.Next());

    [Benchmark]
    public List<Customer> Projection_EfEntitiesNoTracking() => _scenario.EfEntitiesNoTracking(_pages.Next());

    [Benchmark]
    public List<Customer> Projection_EfEntitiesTracking() => _scenario.EfEntitiesTracking(_pages.Next());

    protected override void Setup()
    {
        _scenario = new CustomerProjection(Access);
        _pages = CustomerProjection.PageStarts(Scale);
    }

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Metrics(CustomerProjection.SummarySql, ("$first", 1L), ("$last", (long)CustomerProjection.PageSize));
}
