using PerfLab.Data.Sqlite;

namespace PerfLab.Bench.Orm;

/// <summary>
/// SQLite's side of an ORM benchmark: a private copy of the commerce database at the class's scale (built once per
/// machine, then copied from the template cache), the techniques' shared connection over it, and what every SQLite
/// comparison reports beside its times. Dapper and EF Core build a command per call, and SQLite compiles each new
/// command's SQL in the client, so every row but the StatementReuse ones pays that compilation.
/// </summary>
public sealed class SqliteOrmDatabase : IDisposable
{
    /// <summary>
    /// Warm-up of the Raw, ADO.NET and Dapper read rows (<see cref="HandWrittenWarmupAttribute"/>): they settled within
    /// 0-10 iterations of ~100 ms in every measured warm-up curve, where EF Core's LINQ queries need 25-40
    /// (bench/PerfLab.Bench.Common/results-profile.md). Their classes' longer count is EF Core's.
    /// </summary>
    public const int HandWrittenWarmup = 10;

    private LabDatabase? _database;
    private DataAccess? _access;

    /// <summary>Creates the database at <paramref name="scale"/> customers and returns the access over it.</summary>
    public DataAccess Open(int scale)
    {
        _database = LabDatabase.Create(new DatabaseSpec(CommerceSchema.Instance, scale));
        return _access = new DataAccess(_database);
    }

    /// <summary>
    /// What every SQLite comparison reports beside its times (<see cref="ILabMetricSource"/>): the journal mode,
    /// synchronous level, auto-checkpoint and page cache all its techniques run under (<see cref="SqliteSettings"/>,
    /// the same for each: tested), and the query plan of the baseline's hand-written SQL when there is one, so a result
    /// shows the access path it measured. The other techniques search the same key or indexes: the tests check the
    /// plans of every hand-written statement and of EF Core's generated LINQ queries.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metrics(string? sql = null, params (string Name, object? Value)[] parameters)
    {
        var access = _access ?? throw new InvalidOperationException("the database is not open");
        var metrics = new Dictionary<string, string> { [SqliteSettings.MetricName] = access.DescribeSqliteSettings() };
        if (sql is not null) metrics["QueryPlan"] = access.DescribePlan(sql, parameters);
        return metrics;
    }

    public void Dispose()
    {
        _access?.Dispose();
        _database?.Dispose();
    }
}
