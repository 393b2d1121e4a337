using Npgsql;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="CustomerByIdBenchmark{TAdo, TCommand, TRow}"/> on PostgreSQL: each call a round trip, over TCP loopback
/// and the Unix socket (<see cref="Transport"/>), so the wire's share of a query shows beside each layer's. Rows kept
/// to the suite's case budget; EF Core's tracking and FromSql rows are measured in the list comparison.
/// </summary>
[BenchmarkCategory(Categories.Orm.ById)]
[WarmupCount(PostgresOrmDatabase.EfCoreWarmup), HandWrittenWarmupCount(PostgresOrmDatabase.HandWrittenWarmup)]
public class PostgresCustomerByIdBenchmarks : CustomerByIdBenchmark<NpgsqlAdo, NpgsqlCommand, NpgsqlRow>, ILabMetricSource
{
    private readonly PostgresOrmDatabase _database = new();

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => PostgresOrmDatabase.EngineValues(Categories.Orm.ById);

    [ParamsSource(nameof(TransportValues))]
    public PostgresTransport Transport { get; set; }

    public static IEnumerable<PostgresTransport> TransportValues() => PostgresOrmDatabase.Transports(Categories.Orm.ById);

    // The SQLite class's data set: 100,000 customers (~15 MB with its indexes), inside shared_buffers once read.
    [Params(100_000)]
    public override int Scale { get; set; }

    protected override PostgresCustomerById Open() => new(_database.Open(Scale, Transport));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => _database.Metrics(this, benchmarkMethod, PostgresCustomerById.Sql, ("id", 1L));
}
