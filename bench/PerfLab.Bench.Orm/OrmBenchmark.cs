using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Data.Sqlite;
using PerfLab.Orm;

namespace PerfLab.Bench.Orm;

/// <summary>
/// The setup every ORM benchmark shares: a private copy of the commerce database at <see cref="Scale"/> customers
/// (built once per machine, then copied from the template cache) and the techniques' connections over it.
/// Baselines: hand-coded ADO.NET in every read category, a new command per call exactly as Dapper's own performance
/// suite writes its "hand coded" row, so the ratios read as "cost over writing the data access yourself". Dapper and
/// EF Core also build a command per call, and SQLite compiles each new command's SQL in the client, so every row
/// pays that compilation. Rows named StatementReuse (prepared ADO.NET, the SQLitePCLRaw floor) prepare once and only
/// bind: they show what reusing a statement saves, below 1. The write categories keep a prepared statement in one
/// transaction as the baseline: that is how hand-written bulk writes are done.
/// </summary>
public abstract class OrmBenchmark
{
    private LabDatabase? _database;

    /// <summary>
    /// Warm-up of the Raw, ADO.NET and Dapper read rows (<see cref="MethodWarmupCountAttribute"/>): they settled within
    /// 0-10 iterations of ~100 ms in every measured warm-up curve, where EF Core's LINQ queries need 25-40
    /// (bench/PerfLab.Bench.Common/results-profile.md). Their classes' longer count is EF Core's.
    /// </summary>
    internal const int HandWrittenWarmup = 10;

    /// <summary>Customers in the database (orders = 4×, order lines ≈ 16×, products = Scale / 10).</summary>
    public abstract int Scale { get; set; }

    protected DataAccess Access { get; private set; } = null!;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _database = LabDatabase.Create(new DatabaseSpec(CommerceSchema.Instance, Scale));
        Access = new DataAccess(_database);
        Setup();
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        Cleanup();
        Access.Dispose();
        _database?.Dispose();
    }

    /// <summary>Creates the scenario (prepared statements, keys) once the database exists.</summary>
    protected abstract void Setup();

    /// <summary>Disposes what <see cref="Setup"/> made, if anything.</summary>
    protected virtual void Cleanup() { }

    /// <summary>
    /// What every ORM comparison reports beside its times (<see cref="ILabMetricSource"/>): the journal mode,
    /// synchronous level, auto-checkpoint and page cache all its techniques run under (<see cref="SqliteSettings"/>,
    /// the same for each: tested), and the query plan of the baseline's hand-written SQL when there is one, so a result
    /// shows the access path it measured. The other techniques search the same key or indexes: the tests check the
    /// plans of every hand-written statement and of EF Core's generated LINQ queries.
    /// </summary>
    protected IReadOnlyDictionary<string, string> Metrics(string? sql = null, params (string Name, object? Value)[] parameters)
    {
        var metrics = new Dictionary<string, string> { [SqliteSettings.MetricName] = Access.DescribeSqliteSettings() };
        if (sql is not null) metrics["QueryPlan"] = Access.DescribePlan(sql, parameters);
        return metrics;
    }
}
