using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Contract;
using PerfLab.Data.Generation;
using PerfLab.Orm.Model;
using PerfLab.Orm.Postgres;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="CustomerOrdersBenchmarks"/> on PostgreSQL, over TCP loopback: here every statement is a round trip (the
/// RoundTrips metric), so N+1 pays ~5 of them where the join and Include pay one. Dapper's QueryMultiple row is left
/// out for the part's 15-minute budget (it is one round trip, as the join), and so is the Unix socket: the transport's
/// share of a round trip is the by-id comparison's question, and there it is measured.
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

    // One value, kept as a parameter so the published case IDs (Transport=Tcp) keep their meaning.
    public static IEnumerable<PostgresTransport> TransportValues() => [PostgresTransport.Tcp];

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
