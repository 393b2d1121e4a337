using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Contract;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Orm.Postgres;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="CustomerByIdBenchmarks"/> on PostgreSQL: one customer by primary key, each call a round trip, over TCP
/// loopback and the Unix socket (<see cref="Transport"/>), so the wire's share of a query shows beside each layer's.
/// Rows kept to the suite's case budget; EF Core's tracking and FromSql rows are measured in the list comparison.
/// </summary>
[BenchmarkCategory(Categories.Orm.ById)]
[WarmupCount(EfCoreWarmup)]
public class PostgresCustomerByIdBenchmarks : PostgresOrmBenchmark, ILabMetricSource
{
    private PostgresCustomerById _scenario = null!;
    private KeyCycle<long> _keys = null!;

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Orm, Categories.Orm.ById);

    [ParamsSource(nameof(TransportValues))]
    public PostgresTransport Transport { get; set; }

    public static IEnumerable<PostgresTransport> TransportValues() => Transports(Categories.Orm.ById);

    // The SQLite twin's data set: 100,000 customers (~15 MB with its indexes), inside shared_buffers once read.
    [Params(100_000)]
    public override int Scale { get; set; }

    protected override PostgresTransport CaseTransport => Transport;

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public Customer? ById_AdoStatementReuse() => _scenario.AdoStatementReuse(_keys.Next());

    [Benchmark(Baseline = true), MethodWarmupCount(HandWrittenWarmup)]
    public Customer? ById_AdoNewCommand() => _scenario.AdoNewCommand(_keys.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public Customer? ById_DapperQueryFirstOrDefault() => _scenario.DapperQueryFirstOrDefault(_keys.Next());

    [Benchmark]
    public Customer? ById_EfCompiledNoTracking() => _scenario.EfCompiledNoTracking(_keys.Next());

    [Benchmark]
    public Customer? ById_EfLinqNoTracking() => _scenario.EfLinqNoTracking(_keys.Next());

    [Benchmark]
    public Customer? ById_EfLinqNoTrackingNewContext() => _scenario.EfLinqNoTrackingNewContext(_keys.Next());

    protected override void Setup()
    {
        _scenario = new PostgresCustomerById(Access);
        _keys = KeyCycle.ShuffledIds(Scale);
    }

    protected override void Cleanup() => _scenario.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Metrics(benchmarkMethod, PostgresCustomerById.Sql, ("id", 1L));
}
