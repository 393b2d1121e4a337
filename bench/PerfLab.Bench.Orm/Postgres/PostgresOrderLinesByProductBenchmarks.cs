using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Contract;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Orm.Postgres;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary><see cref="OrderLinesByProductBenchmarks"/> on PostgreSQL: ~160 lines of one product through IX_OrderLines_ProductId.</summary>
[BenchmarkCategory(Categories.Orm.ListByIndex)]
[WarmupCount(EfCoreWarmup)]
public class PostgresOrderLinesByProductBenchmarks : PostgresOrmBenchmark, ILabMetricSource
{
    private PostgresOrderLinesByProduct _scenario = null!;
    private KeyCycle<long> _keys = null!;

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Orm, Categories.Orm.ListByIndex);

    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderLine> List_AdoStatementReuse() => _scenario.AdoStatementReuse(_keys.Next());

    [Benchmark(Baseline = true), MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderLine> List_AdoNewCommand() => _scenario.AdoNewCommand(_keys.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderLine> List_DapperBuffered() => _scenario.DapperBuffered(_keys.Next());

    [Benchmark]
    public List<OrderLine> List_EfCompiledNoTracking() => _scenario.EfCompiledNoTracking(_keys.Next());

    [Benchmark]
    public List<OrderLine> List_EfLinqNoTracking() => _scenario.EfLinqNoTracking(_keys.Next());

    [Benchmark]
    public List<OrderLine> List_EfLinqTracking() => _scenario.EfLinqTracking(_keys.Next());

    [Benchmark]
    public List<OrderLine> List_EfFromSql() => _scenario.EfFromSql(_keys.Next());

    protected override void Setup()
    {
        _scenario = new PostgresOrderLinesByProduct(Access);
        _keys = KeyCycle.ShuffledIds(new CommerceDataGenerator(Scale).ProductCount);
    }

    protected override void Cleanup() => _scenario.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Metrics(benchmarkMethod, PostgresOrderLinesByProduct.Sql, ("productId", 1L));
}
