namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="LoyaltyUpdateBenchmark{TScenario}"/> on PostgreSQL: the reset also vacuums the table, outside the measurement.
/// </summary>
[BenchmarkCategory(Categories.Orm.Update)]
[InvocationCount(1)]
// One call per iteration: the set-based UPDATEs fell in two steps, at ~35 and ~120 calls; load-modify-save by ~75 (results-profile.md).
[WarmupCount(150)]
public class PostgresLoyaltyUpdateBenchmarks : LoyaltyUpdateBenchmark<PostgresLoyaltyUpdate>, ILabMetricSource
{
    private readonly PostgresOrmDatabase _database = new();

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => PostgresOrmDatabase.EngineValues(Categories.Orm.Update);

    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark(Baseline = true)]
    public int Update_AdoSql() => Scenario.AdoSql();

    protected override PostgresLoyaltyUpdate Open() => new(_database.Open(Scale));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) =>
        _database.Metrics(this, benchmarkMethod, PostgresLoyaltyUpdate.Sql, ("bonus", LoyaltyUpdate.Bonus), ("first", LoyaltyUpdate.First), ("last", (long)LoyaltyUpdate.MaxRows));
}
