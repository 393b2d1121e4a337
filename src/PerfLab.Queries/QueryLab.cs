using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PerfLab.Data.Sqlite.QueryVariants;

namespace PerfLab.Queries;

/// <summary>
/// One private copy of a queries-suite database and what every technique over it shares, set up once as an
/// application would at startup: one open ADO.NET connection (used by ADO.NET, Dapper and EF Core alike) and EF
/// Core's options and context pool over it. Every EF technique rents a context per call (its change tracker starts
/// empty, so the identity map never answers a query) and reads without tracking.
/// </summary>
public sealed class QueryLab : IDisposable
{
    /// <summary>Customers in the measured databases: their orders (4 each) make the million-row ordered table.</summary>
    public const int Scale = 250_000;

    private readonly LabDatabase _database;

    private QueryLab(LabDatabase database)
    {
        _database = database;
        try
        {
            Connection = database.OpenConnection();
            EfOptions = new DbContextOptionsBuilder<QueriesDbContext>().UseSqlite(Connection).Options;
            EfPool = new PooledDbContextFactory<QueriesDbContext>(EfOptions);
        }
        catch
        {
            Connection?.Dispose();
            database.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A private copy of <paramref name="variant"/> at <paramref name="scale"/> customers: from the template cache (a
    /// million orders are generated once per machine), or built fresh (tests' small databases share nothing).
    /// </summary>
    public static QueryLab Open(OrderListVariant variant, int scale = Scale, DatabaseReuse reuse = DatabaseReuse.Cached) =>
        new(LabDatabase.Create(new DatabaseSpec(variant, scale), reuse));

    /// <summary>
    /// An existing copy of <paramref name="variant"/>'s template at <paramref name="filePath"/>, owned by the caller (the
    /// api server opens the copy its launcher made in the server's folder, which goes with the server).
    /// </summary>
    public static QueryLab Attach(string filePath, OrderListVariant variant, int scale = Scale) =>
        new(LabDatabase.Attach(new DatabaseSpec(variant, scale), filePath));

    /// <summary>The cached template of <paramref name="variant"/> at <paramref name="scale"/> customers (built once per machine).</summary>
    public static string Template(OrderListVariant variant, int scale = Scale) => LabDatabase.Template(new DatabaseSpec(variant, scale));

    public OrderListVariant Variant => (OrderListVariant)_database.Spec.Variant;

    public int CustomerCount => _database.Spec.Scale;

    public SqliteConnection Connection { get; }

    public DbContextOptions<QueriesDbContext> EfOptions { get; }

    public PooledDbContextFactory<QueriesDbContext> EfPool { get; }

    public QueriesDbContext RentContext() => EfPool.CreateDbContext();

    /// <summary>A command on the shared connection, parameters declared and the statement prepared once: later calls only bind.</summary>
    public SqliteCommand Prepare(string sql, params string[] parameterNames) => Connection.PrepareCommand(sql, parameterNames);

    /// <summary>Hand-coded ADO.NET: a new command per call (SQLite compiles it again), parameters added by value. The caller disposes it.</summary>
    public SqliteCommand NewCommand(string sql, params ReadOnlySpan<(string Name, object Value)> parameters) => Connection.NewCommand(sql, parameters);

    /// <summary>
    /// WAL with <c>synchronous = NORMAL</c> (a commit does not wait for an fsync; SQLite's recommendation in WAL mode),
    /// as the lab's other write comparisons run: the writes compare the work each storage does, not the disk's flush.
    /// </summary>
    public void UseNormalSynchronous() => Execute("PRAGMA synchronous = NORMAL");

    public SqliteSettings Settings => SqliteSettings.Read(Connection);

    public IReadOnlyList<string> Explain(string sql, params (string Name, object? Value)[] parameters) => QueryPlan.Explain(Connection, sql, parameters);

    public string DescribePlan(string sql, params (string Name, object? Value)[] parameters) => QueryPlan.Describe(Connection, sql, parameters);

    /// <summary>The plan of the SQL EF Core generates for a LINQ query, with EF's own parameter values.</summary>
    public IReadOnlyList<string> Explain<T>(Func<QueriesDbContext, IQueryable<T>> query)
    {
        using var context = RentContext();
        using var command = query(context).CreateDbCommand();
        return Explain(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray());
    }

    public string DescribePlan<T>(Func<QueriesDbContext, IQueryable<T>> query) => string.Join(" / ", Explain(query));

    public long Scalar(string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        using var command = NewCommand(sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Connection.Dispose();
        _database.Dispose();
    }
}
