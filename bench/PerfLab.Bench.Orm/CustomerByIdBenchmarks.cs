using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Bench.Orm;

/// <summary>
/// One customer by primary key: each layer's fixed cost per query, against hand-coded ADO.NET (a new command per
/// call, as Dapper and EF Core build one). The StatementReuse rows prepare the statement once and only bind per
/// call: SQLite compiles statements in the client, so reuse saves the parse and plan every other row pays.
/// </summary>
[BenchmarkCategory(Categories.Orm.ById)]
// EF Core's new-context read was still getting faster after 35-40 warm-up iterations (results-profile.md).
[WarmupCount(50)]
public class CustomerByIdBenchmarks : OrmBenchmark, ILabMetricSource
{
    private CustomerById _scenario = null!;
    private KeyCycle<long> _keys = null!;

    // 100,000: ~14 MB, beyond SQLite's default 2 MB page cache; rotating keys mostly miss it (pages come from the
    // OS cache through a read call), so SQLite does real work beside the layers.
    // One size to fit protocol v2's budget (a suite's run of 5 rounds within 15 minutes): at steady state the by-key
    // ratios were the same at 1,000 and 100,000 customers (bench/PerfLab.Bench.Common/results-profile.md).
    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public Customer? ById_RawStatementReuse() => _scenario.RawStatementReuse(_keys.Next());

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
    public Customer? ById_EfLinqTracking() => _scenario.EfLinqTracking(_keys.Next());

    [Benchmark]
    public Customer? ById_EfFromSql() => _scenario.EfFromSql(_keys.Next());

    [Benchmark]
    public Customer? ById_EfLinqNoTrackingNewContext() => _scenario.EfLinqNoTrackingNewContext(_keys.Next());

    protected override void Setup()
    {
        _scenario = new CustomerById(Access);
        _keys = KeyCycle.ShuffledIds(Scale);
    }

    protected override void Cleanup() => _scenario.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Metrics(CustomerById.Sql, ("$id", 1L));
}
