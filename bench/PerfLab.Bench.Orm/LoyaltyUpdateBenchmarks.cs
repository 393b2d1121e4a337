using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Bench.Orm;

/// <summary>
/// Adding a bonus to 1,000 customers. The original points are written back in [IterationSetup] so every invocation
/// updates the same values; that setup runs once per iteration, hence [InvocationCount(1)] (the only job setting
/// this class changes).
/// </summary>
[BenchmarkCategory(Categories.Orm.Update)]
[InvocationCount(1)]
public class LoyaltyUpdateBenchmarks : OrmBenchmark, ILabMetricSource
{
    private LoyaltyUpdate _scenario = null!;

    // 1,000: the update covers the whole table. 100,000: the same 1,000 rows are 1% of a table far larger than the
    // page cache; EF's load-modify-save pays for reading them back first.
    [Params(1_000, 100_000)]
    public override int Scale { get; set; }

    [IterationSetup]
    public void RestorePoints() => _scenario.Reset();

    [Benchmark(Baseline = true)]
    public int Update_AdoSql() => _scenario.AdoSql();

    [Benchmark]
    public int Update_EfExecuteUpdate() => _scenario.EfExecuteUpdate();

    [Benchmark]
    public int Update_EfLoadModifySave() => _scenario.EfLoadModifySave();

    protected override void Setup() => _scenario = new LoyaltyUpdate(Access);

    protected override void Cleanup() => _scenario.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Metrics(LoyaltyUpdate.Sql, ("$bonus", LoyaltyUpdate.Bonus), ("$first", 1L), ("$last", 1_000L));
}
