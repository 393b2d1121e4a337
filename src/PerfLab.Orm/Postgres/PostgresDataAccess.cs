using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PerfLab.Data.Servers;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// PostgreSQL's twin of <see cref="DataAccess"/>: one <see cref="NpgsqlDataSource"/> over the lab database (by
/// <see cref="Transport"/>), one connection opened from it at startup and shared by ADO.NET, Dapper and EF Core
/// (<see cref="CommerceDbContext.CreatePostgresOptions(NpgsqlConnection)"/>), EF Core's options and its context pool.
/// </summary>
/// <remarks>
/// As on SQLite, no technique opens a connection per call: the data-access layers are compared, not pooling. The
/// server's durability is fixed by <see cref="PostgresSettings"/> (synchronous_commit on, fsync on: a commit waits
/// for its WAL flush), the same for every technique; <see cref="DescribeSettings"/> reports what the server says.
/// </remarks>
public sealed class PostgresDataAccess : IOrmAccess, IDisposable
{
    public PostgresDataAccess(PostgresLabDatabase database, PostgresTransport transport = PostgresTransport.Tcp)
    {
        ArgumentNullException.ThrowIfNull(database);
        Database = database;
        Transport = transport;
        var connectionString = transport switch
        {
            PostgresTransport.Tcp => database.ConnectionString,
            PostgresTransport.UnixSocket => database.UnixSocketConnectionString
                ?? throw new InvalidOperationException($"database {database.Name} was created without a Unix socket connection string"),
            _ => throw new ArgumentOutOfRangeException(nameof(transport), transport, null),
        };
        _connectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
        Connection = DataSource.OpenConnection();
        EfOptions = CommerceDbContext.CreatePostgresOptions(Connection);
        EfPool = new PooledDbContextFactory<CommerceDbContext>(EfOptions);
        DapperTypeHandlers.Register();
    }

    public PostgresLabDatabase Database { get; }
    public PostgresTransport Transport { get; }

    /// <summary>Customers in the database (its generator scale).</summary>
    public int Scale => Database.Scale;

    public NpgsqlDataSource DataSource { get; }

    /// <summary>
    /// A pooled data source over the same database and transport, for callers that overlap (a load's requests). The lab
    /// database's connection string turns pooling off (an idle pooled session would block its CREATE DATABASE … TEMPLATE),
    /// so <see cref="DataSource"/> would start a server process per opened connection. Created on first use.
    /// </summary>
    public NpgsqlDataSource Pool => _pool ??= NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = true, MaxPoolSize = MaxPoolSize }.ConnectionString);

    /// <summary>Connections <see cref="Pool"/> keeps: more than a load at three quarters of one connection's rate has in flight.</summary>
    public const int MaxPoolSize = 32;

    private readonly string _connectionString;
    private NpgsqlDataSource? _pool;
    public NpgsqlConnection Connection { get; }
    DbConnection IOrmAccess.Connection => Connection;
    public DbContextOptions<CommerceDbContext> EfOptions { get; }
    public PooledDbContextFactory<CommerceDbContext> EfPool { get; }

    /// <summary>A pooled context per unit of work, as on SQLite (<see cref="DataAccess.RentContext"/>): the identity map never answers.</summary>
    public CommerceDbContext RentContext() => EfPool.CreateDbContext();

    /// <summary>A context constructed from scratch (the same options), as <c>AddDbContext</c> would.</summary>
    public CommerceDbContext NewContext() => new(EfOptions);

    /// <summary>
    /// Hand-coded ADO.NET: a new command per call, parameters added by value (<c>@name</c> placeholders, which Npgsql
    /// rewrites to <c>$n</c> per call, as for Dapper's and EF Core's commands). Unprepared: the server parses and plans
    /// it again (Npgsql's automatic preparation is off by default). The caller disposes it.
    /// </summary>
    public NpgsqlCommand NewCommand(string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        var command = new NpgsqlCommand(sql, Connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    /// <summary>
    /// A command prepared once on the server (<see cref="NpgsqlCommand.Prepare"/>: a named server-side statement,
    /// parsed and planned there once); later calls set parameter values and execute. The sample values give the
    /// parameters their types.
    /// </summary>
    public NpgsqlCommand PrepareCommand(string sql, params ReadOnlySpan<(string Name, object Value)> sampleParameters)
    {
        var command = NewCommand(sql, sampleParameters);
        command.Prepare();
        return command;
    }

    /// <summary>Runs a statement without results (setup and reset work, never timed).</summary>
    public void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, Connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The server's reported settings and version, one line, from the techniques' own connection.</summary>
    public string DescribeSettings() => PostgresServer.DescribeSettings(Connection);

    /// <summary>EXPLAIN (ANALYZE, BUFFERS) of a read on this database (<see cref="PostgresQueryPlan"/>).</summary>
    public ExecutedPlan Explain(string sql, params (string Name, object? Value)[] parameters) => PostgresQueryPlan.Explain(Connection, sql, parameters);

    public void Dispose()
    {
        Connection.Dispose();
        DataSource.Dispose();
        _pool?.Dispose();
    }
}
