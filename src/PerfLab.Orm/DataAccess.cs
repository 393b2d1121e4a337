using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PerfLab.Orm;

/// <summary>
/// Everything the techniques of one database share, set up once as an application would at startup: one open
/// ADO.NET connection (used by ADO.NET, Dapper and EF Core alike), the SQLitePCLRaw floor's own native connection
/// to the same file, EF Core's options and its context pool.
/// </summary>
/// <remarks>
/// Every technique runs on an already-open connection (as in Dapper's own benchmarks), so what is compared is the
/// data-access layer, not connection opening, which would cost every technique the same.
/// </remarks>
public sealed class DataAccess : IOrmAccess, IDisposable
{
    public DataAccess(LabDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        Database = database;
        Connection = database.OpenConnection();
        Raw = new RawConnection(database.FilePath);
        EfOptions = CommerceDbContext.CreateOptions(Connection);
        EfPool = new PooledDbContextFactory<CommerceDbContext>(EfOptions);
        DapperTypeHandlers.Register();
    }

    public LabDatabase Database { get; }

    /// <summary>Customers in the database (its generator scale).</summary>
    public int Scale => Database.Spec.Scale;

    public SqliteConnection Connection { get; }
    DbConnection IOrmAccess.Connection => Connection;
    public RawConnection Raw { get; }
    public DbContextOptions<CommerceDbContext> EfOptions { get; }
    public PooledDbContextFactory<CommerceDbContext> EfPool { get; }

    /// <summary>
    /// A context from the pool: a unit of work as ASP.NET Core's <c>AddDbContextPool</c> hands one out. Every EF
    /// technique rents one per call and disposes it, which returns it to the pool with its change tracker reset:
    /// tracked entities never pile up across calls and the identity map never answers a query. (The alternative,
    /// one long-lived context and <c>ChangeTracker.Clear()</c>, is not how applications use contexts.)
    /// </summary>
    public CommerceDbContext RentContext() => EfPool.CreateDbContext();

    /// <summary>A context constructed from scratch (the same options), as <c>AddDbContext</c> would.</summary>
    public CommerceDbContext NewContext() => new(EfOptions);

    /// <summary>
    /// A command on the shared connection, its parameters declared and the statement prepared once: later calls
    /// only set parameter values and execute ("statement reuse": SQLite parses and plans the SQL once).
    /// </summary>
    public SqliteCommand PrepareCommand(string sql, params string[] parameterNames) => Connection.PrepareCommand(sql, parameterNames);

    /// <summary>
    /// Hand-coded ADO.NET, the way Dapper's own benchmarks write it ("hand coded"): a new command per call, its
    /// parameters added by value. SQLite compiles the statement in the client, so each call parses and plans it
    /// again, exactly as it does for Dapper and EF Core, which also build a command per call. The caller disposes it.
    /// </summary>
    public SqliteCommand NewCommand(string sql, params ReadOnlySpan<(string Name, object Value)> parameters) => Connection.NewCommand(sql, parameters);

    /// <summary>
    /// Sets <c>PRAGMA synchronous = NORMAL</c> on both connections (SQLite's recommended setting in WAL mode):
    /// a commit no longer waits for an fsync of the WAL. The write comparisons use it so they measure the access
    /// layers rather than the disk: with the default FULL, every commit costs one fsync (milliseconds on a VM), which
    /// would add the same constant to each transaction and bury the autocommit trap's per-statement work under
    /// 1,000 fsyncs. Durability against an application crash is unchanged; against power loss the last commits may roll back.
    /// </summary>
    public void UseNormalSynchronous()
    {
        const string pragma = "PRAGMA synchronous = NORMAL";
        Execute(pragma);
        Raw.Execute(pragma);
    }

    /// <summary>
    /// The write settings the techniques run under, one line for reports: the ADO.NET connection's (shared by ADO.NET,
    /// Dapper and EF Core) and the SQLitePCLRaw floor's own connection must agree, else both are named.
    /// </summary>
    public string DescribeSqliteSettings()
    {
        var ado = SqliteSettings.Read(Connection);
        var floor = SqliteSettings.Read(Raw.Pragma);
        return ado == floor ? ado.ToString() : $"ADO.NET: {ado}; SQLitePCLRaw: {floor}";
    }

    /// <summary>
    /// Folds the WAL into the database file and empties it, so the next write starts from the same file state
    /// (otherwise the WAL grows run after run and an automatic checkpoint lands in a random measured invocation).
    /// </summary>
    public void Checkpoint() => Execute("PRAGMA wal_checkpoint(TRUNCATE)");

    /// <summary>EXPLAIN QUERY PLAN of a statement on this database.</summary>
    public IReadOnlyList<string> Explain(string sql, params (string Name, object? Value)[] parameters) =>
        QueryPlan.Explain(Connection, sql, parameters);

    /// <summary>The plan as one line (steps separated by " / "), for reports.</summary>
    public string DescribePlan(string sql, params (string Name, object? Value)[] parameters) =>
        QueryPlan.Describe(Connection, sql, parameters);

    private void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Raw.Dispose();
        Connection.Dispose();
    }
}
