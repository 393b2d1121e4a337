using Npgsql;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="CustomerOrdersBenchmark{TAdo, TCommand, TRow}"/> on PostgreSQL, over TCP loopback: here every statement is
/// a round trip (the RoundTrips metric), so N+1 pays ~5 of them where the join and Include pay one. Dapper's
/// QueryMultiple row is left out for the part's 15-minute budget (it is one round trip, as the join), and so is the
/// Unix socket: the transport's share of a round trip is the by-id comparison's question, and there it is measured.
/// </summary>
[BenchmarkCategory(Categories.Orm.ParentWithChildren)]
[WarmupCount(PostgresOrmDatabase.EfCoreWarmup), HandWrittenWarmupCount(PostgresOrmDatabase.HandWrittenWarmup)]
public class PostgresCustomerOrdersBenchmarks : CustomerOrdersBenchmark<NpgsqlAdo, NpgsqlCommand, NpgsqlRow>, ILabMetricSource
{
    private readonly PostgresOrmDatabase _database = new();

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => PostgresOrmDatabase.EngineValues(Categories.Orm.ParentWithChildren);

    [ParamsSource(nameof(TransportValues))]
    public PostgresTransport Transport { get; set; }

    // One value, kept as a parameter so the published case IDs (Transport=Tcp) keep their meaning.
    public static IEnumerable<PostgresTransport> TransportValues() => [PostgresTransport.Tcp];

    [Params(100_000)]
    public override int Scale { get; set; }

    protected override PostgresCustomerOrders Open() => new(_database.Open(Scale, Transport));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => _database.Metrics(this, benchmarkMethod, PostgresCustomerOrders.JoinSql, ("customerId", 1L));
}
