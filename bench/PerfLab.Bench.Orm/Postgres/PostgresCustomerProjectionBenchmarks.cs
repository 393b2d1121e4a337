using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Contract;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Orm.Model;
using PerfLab.Orm.Postgres;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="CustomerProjectionBenchmarks"/> on PostgreSQL: a page of 100 customers as three-column DTOs or whole
/// entities (rows kept to the suite's case budget: one Dapper and one EF row per shape, EF's entities tracked, the common default).
/// </summary>
[BenchmarkCategory(Categories.Orm.Projection)]
[WarmupCount(EfCoreWarmup)]
public class PostgresCustomerProjectionBenchmarks : PostgresOrmBenchmark, ILabMetricSource
{
    private PostgresCustomerProjection _scenario = null!;
    private KeyCycle<long> _pages = null!;

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Orm, Categories.Orm.Projection);

    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark(Baseline = true), MethodWarmupCount(HandWrittenWarmup)]
    public List<CustomerSummary> Projection_AdoSummariesNewCommand() => _scenario.AdoSummariesNewCommand(_pages.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<Customer> Projection_AdoEntitiesNewCommand() => _scenario.AdoEntitiesNewCommand(_pages.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<CustomerSummary> Projection_DapperSummaries() => _scenario.DapperSummaries(_pages.Next());

    [Benchmark]
    public List<CustomerSummary> Projection_EfSummaries() => _scenario.EfSummaries(_pages.Next());

    [Benchmark]
    public List<Customer> Projection_EfEntitiesTracking() => _scenario.EfEntitiesTracking(_pages.Next());

    protected override void Setup()
    {
        _scenario = new PostgresCustomerProjection(Access);
        _pages = CustomerProjection.PageStarts(Scale);
    }

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) =>
        Metrics(benchmarkMethod, PostgresCustomerProjection.SummarySql, ("first", 1L), ("last", (long)CustomerProjection.PageSize));
}
