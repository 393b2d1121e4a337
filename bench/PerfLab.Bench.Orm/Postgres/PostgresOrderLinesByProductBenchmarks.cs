using Npgsql;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="OrderLinesByProductBenchmark{TAdo, TCommand, TRow}"/> on PostgreSQL: ~160 lines of one product through
/// IX_OrderLines_ProductId, with EF Core's <c>FromSqlRaw</c> over Npgsql's parameter.
/// </summary>
[BenchmarkCategory(Categories.Orm.ListByIndex)]
[WarmupCount(PostgresOrmDatabase.EfCoreWarmup), HandWrittenWarmupCount(PostgresOrmDatabase.HandWrittenWarmup)]
public class PostgresOrderLinesByProductBenchmarks : OrderLinesByProductBenchmark<NpgsqlAdo, NpgsqlCommand, NpgsqlRow>, ILabMetricSource
{
    private readonly PostgresOrmDatabase _database = new();
    private PostgresOrderLinesByProduct _scenario = null!;

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => PostgresOrmDatabase.EngineValues(Categories.Orm.ListByIndex);

    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark]
    public List<OrderLine> List_EfFromSql() => _scenario.EfFromSql(Keys.Next());

    protected override PostgresOrderLinesByProduct Open() => _scenario = new PostgresOrderLinesByProduct(_database.Open(Scale));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => _database.Metrics(this, benchmarkMethod, PostgresOrderLinesByProduct.Sql, ("productId", 1L));
}
