using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Data.Sqlite;
using PerfLab.Orm;

namespace PerfLab.Bench.Orm;

/// <summary>
/// The setup every ORM benchmark shares: a private copy of the commerce database at <see cref="Scale"/> customers
/// (built once per machine, then copied from the template cache) and the techniques' connections over it.
/// Baselines: prepared ADO.NET in every category. It is the hand-written .NET code the public anchors measure
/// against (Dapper's README compares with "hand coded" ADO.NET), so the ratios read as "cost over writing the
/// data access yourself"; the SQLitePCLRaw floor is a row of its own below 1, showing what even ADO.NET adds.
/// </summary>
public abstract class OrmBenchmark
{
    private LabDatabase? _database;

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

    protected abstract void Cleanup();

    /// <summary>
    /// The query plan of the baseline's hand-written SQL, reported beside the times (<see cref="ILabMetricSource"/>), so
    /// a result shows the access path it measured. The other techniques search the same key or indexes: the tests
    /// check the plans of every hand-written statement and of EF Core's generated LINQ queries.
    /// </summary>
    protected IReadOnlyDictionary<string, string> QueryPlanMetric(string sql, params (string Name, object? Value)[] parameters) =>
        new Dictionary<string, string> { ["QueryPlan"] = Access.DescribePlan(sql, parameters) };
}
