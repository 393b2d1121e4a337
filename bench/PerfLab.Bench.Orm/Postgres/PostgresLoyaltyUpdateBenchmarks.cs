using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Contract;
using PerfLab.Orm.Postgres;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="LoyaltyUpdateBenchmarks"/> on PostgreSQL: the original points are written back and the table vacuumed in
/// [IterationSetup], hence one invocation per iteration.
/// </summary>
[BenchmarkCategory(Categories.Orm.Update)]
[InvocationCount(1)]
// One call per iteration: the set-based UPDATEs fell in two steps, at ~35 and ~120 calls; load-modify-save by ~75 (results-profile.md).
[WarmupCount(150)]
public class PostgresLoyaltyUpdateBenchmarks : PostgresOrmBenchmark, ILabMetricSource
{
    private PostgresLoyaltyUpdate _scenario = null!;

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Orm, Categories.Orm.Update);

    [Params(100_000)]
    public override int Scale { get; set; }

    [IterationSetup]
    public void RestorePoints() => _scenario.Reset();

    [Benchmark(Baseline = true)]
    public int Update_AdoSql() => _scenario.AdoSql();

    [Benchmark]
    public int Update_EfExecuteUpdate() => _scenario.EfExecuteUpdate();

    [Benchmark]
    public int Update_EfLoadModifySave() => _scenario.EfLoadModifySave();

    protected override void Setup() => _scenario = new PostgresLoyaltyUpdate(Access);

    protected override void Cleanup() => _scenario.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) =>
        Metrics(benchmarkMethod, PostgresLoyaltyUpdate.Sql, ("bonus", LoyaltyUpdate.Bonus), ("first", LoyaltyUpdate.First), ("last", (long)LoyaltyUpdate.MaxRows));
}
