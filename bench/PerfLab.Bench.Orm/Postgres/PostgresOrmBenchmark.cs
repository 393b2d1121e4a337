using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Contract;
using PerfLab.Data.Postgres;
using PerfLab.Data.Servers;
using PerfLab.Orm.Postgres;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="OrmBenchmark"/>'s twin on PostgreSQL: a private database at <see cref="Scale"/> customers, copied from a
/// template on the round's server (<see cref="PostgresServer.ConnectionStringVariable"/>, set by the host:
/// <see cref="LabServices.Postgres"/>; a server of its own when run without one, as for metrics in a test), and the
/// techniques' shared connection over it. Each class carries the <see cref="Engines.ParameterName"/> parameter, so its
/// cases sit beside the SQLite twin's in the same comparison (same category, same method names for the same technique).
/// Baselines as on SQLite: hand-coded ADO.NET, a new (unprepared) command per call; StatementReuse rows prepare on the server.
/// </summary>
public abstract class PostgresOrmBenchmark
{
    /// <summary>Metric: the statements one call of the technique sends to the server (<see cref="PostgresRoundTrips"/>).</summary>
    public const string RoundTripsMetric = "RoundTrips";

    /// <summary>
    /// Warm-up of the ADO.NET and Dapper read rows: on PostgreSQL they settled within 5-25 iterations of ~100 ms (one
    /// round at 40, 2026-11-27 23:00 UTC), later than on SQLite (the server shares the two cores); their classes'
    /// longer count is EF Core's (bench/PerfLab.Bench.Common/results-profile.md, "ORM on PostgreSQL").
    /// </summary>
    protected const int HandWrittenWarmup = 30;

    /// <summary>
    /// Warm-up of the EF Core read rows: still at twice their final time after 25-30 iterations and still falling at
    /// 35-40 in the sizing round (later than on SQLite, where 40-50 sufficed), so about twice that.
    /// </summary>
    protected const int EfCoreWarmup = 70;

    private PostgresServer? _server;
    private PostgresLabDatabase? _database;

    /// <summary>Customers in the database (orders = 4×, order lines ≈ 16×, products = Scale / 10).</summary>
    public abstract int Scale { get; set; }

    protected PostgresDataAccess Access { get; private set; } = null!;

    /// <summary>The transport of this case: TCP loopback unless the class makes it a parameter.</summary>
    protected virtual PostgresTransport CaseTransport => PostgresTransport.Tcp;

    [GlobalSetup]
    public void GlobalSetup()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable);
        var socket = Environment.GetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable);
        if (string.IsNullOrEmpty(connectionString))
        {
            _server = PostgresServer.Start();
            (connectionString, socket) = (_server.ConnectionString, _server.UnixSocketConnectionString);
        }
        _database = PostgresLabDatabase.Create(connectionString, Scale, unixSocketConnectionString: string.IsNullOrEmpty(socket) ? null : socket);
        Access = new PostgresDataAccess(_database, CaseTransport);
        ServerPlacement.Enter(Engines.PostgreSql, PostgresServer.ServerProcesses(_database.ConnectionString));
        Setup();
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        Cleanup();
        Access.Dispose();
        _database?.Dispose();
        _server?.Dispose();
    }

    /// <summary>Creates the scenario (prepared statements, keys) once the database exists.</summary>
    protected abstract void Setup();

    /// <summary>Disposes what <see cref="Setup"/> made, if anything.</summary>
    protected virtual void Cleanup() { }

    /// <summary>
    /// The Transport parameter's values for <paramref name="comparison"/>: TCP always; the Unix socket when the round's
    /// server has one (the lab's private server; an existing server named by <see cref="PostgresServer.ConnectionStringVariable"/>
    /// has one only if <see cref="PostgresServer.UnixSocketConnectionStringVariable"/> names it), else one line says why.
    /// </summary>
    protected static IEnumerable<PostgresTransport> Transports(string comparison)
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
    /// the round trips one call of <paramref name="benchmarkMethod"/> makes.
    /// </summary>
    protected IReadOnlyDictionary<string, string> Metrics(string benchmarkMethod, string? sql = null, params (string Name, object? Value)[] parameters)
    {
        var metrics = new Dictionary<string, string> { [PostgresSettings.MetricName] = Access.DescribeSettings() };
        if (sql is not null)
        {
            using var transaction = Access.Connection.BeginTransaction();
            var plan = Access.Explain(sql, parameters);
            transaction.Rollback();
            metrics["QueryPlan"] = plan.Describe();
            metrics["SharedBuffers"] = string.Create(CultureInfo.InvariantCulture, $"hit={plan.SharedBuffersHit}, read={plan.SharedBuffersRead}");
        }
        metrics[RoundTripsMetric] = RoundTrips(benchmarkMethod).ToString(CultureInfo.InvariantCulture);
        return metrics;
    }

    /// <summary>
    /// Statements sent by one call of the benchmark method, counted after a first call (EF Core builds its model once,
    /// off the wire); a write class's <c>[IterationSetup]</c> runs before each call, as in the measurement.
    /// </summary>
    private int RoundTrips(string benchmarkMethod)
    {
        var method = GetType().GetMethod(benchmarkMethod) ?? throw new ArgumentException($"{GetType().Name} has no method {benchmarkMethod}", nameof(benchmarkMethod));
        var iterationSetup = GetType().GetMethods().FirstOrDefault(m => m.GetCustomAttribute<IterationSetupAttribute>() is not null);
        iterationSetup?.Invoke(this, null);
        method.Invoke(this, null);
        iterationSetup?.Invoke(this, null);
        return PostgresRoundTrips.Count(() => method.Invoke(this, null));
    }
}
