using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Contract;
using PerfLab.Data.Generation;
using PerfLab.Orm.Model;
using PerfLab.Orm.Postgres;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="CustomerOrdersBenchmarks"/> on PostgreSQL, over TCP loopback and the Unix socket: here every statement
/// is a round trip (the RoundTrips metric), so N+1 pays ~5 of them where the join and Include pay one. Dapper's
/// QueryMultiple row is left out for the suite's case budget (it is one round trip, as the join).
/// </summary>
[BenchmarkCategory(Categories.Orm.ParentWithChildren)]
[WarmupCount(EfCoreWarmup)]
public class PostgresCustomerOrdersBenchmarks : PostgresOrmBenchmark, ILabMetricSource
{
    private PostgresCustomerOrders _scenario = null!;
    private KeyCycle<long> _keys = null!;

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Orm, Categories.Orm.ParentWithChildren);

    [ParamsSource(nameof(TransportValues))]
    public PostgresTransport Transport { get; set; }

    public static IEnumerable<PostgresTransport> TransportValues() => Transports(Categories.Orm.ParentWithChildren);

    [Params(100_000)]
    public override int Scale { get; set; }

    protected override PostgresTransport CaseTransport => Transport;

    [Benchmark(Baseline = true), MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderWithLines> Graph_AdoJoinNewCommand() => _scenario.AdoJoinNewCommand(_keys.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderWithLines> Graph_AdoNPlusOneNewCommand() => _scenario.AdoNPlusOneNewCommand(_keys.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderWithLines> Graph_DapperMultiMap() => _scenario.DapperMultiMap(_keys.Next());

    [Benchmark]
    public List<OrderWithLines> Graph_EfInclude() => _scenario.EfInclude(_keys.Next());

    [Benchmark]
    public List<OrderWithLines> Graph_EfSplitQuery() => _scenario.EfSplitQuery(_keys.Next());

    [Benchmark]
    public List<OrderWithLines> Graph_EfNPlusOne() => _scenario.EfNPlusOne(_keys.Next());

    protected override void Setup()
    {
        _scenario = new PostgresCustomerOrders(Access);
        _keys = KeyCycle.ShuffledIds(Scale);
    }

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Metrics(benchmarkMethod, PostgresCustomerOrders.JoinSql, ("customerId", 1L));
}
