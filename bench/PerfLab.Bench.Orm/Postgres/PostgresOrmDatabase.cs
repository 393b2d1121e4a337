using System.Globalization;
using System.Reflection;
using PerfLab.Data.Postgres;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// PostgreSQL's side of an ORM benchmark: a private database at the class's scale, copied from a template on the
/// round's server (<see cref="PostgresServer.ConnectionStringVariable"/>, set by the host: <see cref="LabServices.Postgres"/>;
/// a server of its own when run without one, as for metrics in a test), and the techniques' shared connection over it.
/// Each PostgreSQL class carries the <see cref="Engines.ParameterName"/> parameter, so its cases sit beside the SQLite
/// class's in the same comparison (same category, same method names for the same technique). Baselines as on SQLite:
/// hand-coded ADO.NET, a new (unprepared) command per call; StatementReuse rows prepare on the server.
/// </summary>
public sealed class PostgresOrmDatabase : IDisposable
{
    /// <summary>Metric: the statements one call of the technique sends to the server (<see cref="PostgresRoundTrips"/>).</summary>
    public const string RoundTripsMetric = "RoundTrips";

    /// <summary>
    /// Warm-up of the ADO.NET and Dapper read rows (<see cref="HandWrittenWarmupAttribute"/>): on PostgreSQL they settled
    /// within 5-25 iterations of ~100 ms (one round at 40, 2026-11-27 23:00 UTC), later than on SQLite (the server shares
    /// the two cores); their classes' longer count is EF Core's (bench/PerfLab.Bench.Common/results-profile.md, "ORM on PostgreSQL").
    /// </summary>
    public const int HandWrittenWarmup = 30;

    /// <summary>
    /// Warm-up of the EF Core read rows: still at twice their final time after 25-30 iterations and still falling at
    /// 35-40 in the sizing round (later than on SQLite, where 40-50 sufficed), so about twice that.
    /// </summary>
    public const int EfCoreWarmup = 70;

    private PostgresServer? _server;
    private PostgresLabDatabase? _database;
    private PostgresDataAccess? _access;

    /// <summary>The access <see cref="Open"/> returned.</summary>
    public PostgresDataAccess Access => _access ?? throw new InvalidOperationException("the database is not open");

    /// <summary>Creates the database at <paramref name="scale"/> customers and returns the access over it, by <paramref name="transport"/>.</summary>
    public PostgresDataAccess Open(int scale, PostgresTransport transport = PostgresTransport.Tcp)
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable);
        var socket = Environment.GetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable);
        if (string.IsNullOrEmpty(connectionString))
        {
            _server = PostgresServer.Start();
            (connectionString, socket) = (_server.ConnectionString, _server.UnixSocketConnectionString);
        }
        _database = PostgresLabDatabase.Create(connectionString, scale, unixSocketConnectionString: string.IsNullOrEmpty(socket) ? null : socket);
        _access = new PostgresDataAccess(_database, transport);
        ServerPlacement.Enter(Engines.PostgreSql, PostgresServer.ServerProcesses(_database.ConnectionString));
        return _access;
    }

    /// <summary>The Engine parameter's values of <paramref name="comparison"/> (<see cref="Engines.PostgreSqlIfAvailable"/>).</summary>
    public static IEnumerable<string> EngineValues(string comparison) => Engines.PostgreSqlIfAvailable(LabNames.Suites.Orm, comparison);

    /// <summary>
    /// The Transport parameter's values for <paramref name="comparison"/>: TCP always; the Unix socket when the round's
    /// server has one (the lab's private server; an existing server named by <see cref="PostgresServer.ConnectionStringVariable"/>
    /// has one only if <see cref="PostgresServer.UnixSocketConnectionStringVariable"/> names it), else one line says why.
    /// </summary>
    public static IEnumerable<PostgresTransport> Transports(string comparison)
    {
        var existing = Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable) is { Length: > 0 };
        if (!existing || Environment.GetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable) is { Length: > 0 })
            return [PostgresTransport.Tcp, PostgresTransport.UnixSocket];
        LabSkips.Record(LabNames.Suites.Orm, comparison,
            $"{Engines.PostgreSql} over a Unix socket: ${PostgresServer.ConnectionStringVariable} names an existing server and ${PostgresServer.UnixSocketConnectionStringVariable} no socket of it");
        return [PostgresTransport.Tcp];
    }

    /// <summary>
    /// What every PostgreSQL comparison reports beside its times: the server's settings, the baseline SQL's executed plan
    /// and the shared buffers it touched (EXPLAIN ANALYZE, in a transaction rolled back, so a write changes nothing), and
    /// the round trips one call of <paramref name="benchmarkMethod"/> of <paramref name="benchmark"/> makes.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metrics(object benchmark, string benchmarkMethod, string? sql = null, params (string Name, object? Value)[] parameters)
    {
        var access = Access;
        var metrics = new Dictionary<string, string> { [PostgresSettings.MetricName] = access.DescribeSettings() };
        if (sql is not null)
        {
            using var transaction = access.Connection.BeginTransaction();
            var plan = access.Explain(sql, parameters);
            transaction.Rollback();
            metrics["QueryPlan"] = plan.Describe();
            metrics["SharedBuffers"] = string.Create(CultureInfo.InvariantCulture, $"hit={plan.SharedBuffersHit}, read={plan.SharedBuffersRead}");
        }
        metrics[RoundTripsMetric] = RoundTrips(benchmark, benchmarkMethod).ToString(CultureInfo.InvariantCulture);
        return metrics;
    }

    public void Dispose()
    {
        _access?.Dispose();
        _database?.Dispose();
        _server?.Dispose();
    }

    /// <summary>
    /// Statements sent by one call of the benchmark method, counted after a first call (EF Core builds its model once,
    /// off the wire); a write class's <c>[IterationSetup]</c> runs before each call, as in the measurement.
    /// </summary>
    private static int RoundTrips(object benchmark, string benchmarkMethod)
    {
        var type = benchmark.GetType();
        var method = type.GetMethod(benchmarkMethod) ?? throw new ArgumentException($"{type.Name} has no method {benchmarkMethod}", nameof(benchmarkMethod));
        var iterationSetup = type.GetMethods().FirstOrDefault(m => m.GetCustomAttribute<IterationSetupAttribute>() is not null);
        iterationSetup?.Invoke(benchmark, null);
        method.Invoke(benchmark, null);
        iterationSetup?.Invoke(benchmark, null);
        return PostgresRoundTrips.Count(() => method.Invoke(benchmark, null));
    }
}
