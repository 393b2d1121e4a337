using Npgsql;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="CustomerProjectionBenchmark{TAdo, TCommand, TRow}"/> on PostgreSQL (rows kept to the suite's case budget:
/// one Dapper and one EF row per shape, EF's entities tracked, the common default).
/// </summary>
[BenchmarkCategory(Categories.Orm.Projection)]
[WarmupCount(PostgresOrmDatabase.EfCoreWarmup), HandWrittenWarmupCount(PostgresOrmDatabase.HandWrittenWarmup)]
public class PostgresCustomerProjectionBenchmarks : CustomerProjectionBenchmark<NpgsqlAdo, NpgsqlCommand, NpgsqlRow>, ILabMetricSource
{
    private readonly PostgresOrmDatabase _database = new();

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => PostgresOrmDatabase.EngineValues(Categories.Orm.Projection);

    [Params(100_000)]
    public override int Scale { get; set; }

    protected override PostgresCustomerProjection Open() => new(_database.Open(Scale));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) =>
        _database.Metrics(this, benchmarkMethod, PostgresCustomerProjection.SummarySql, ("first", 1L), ("last", (long)CustomerProjection.PageSize));
}
