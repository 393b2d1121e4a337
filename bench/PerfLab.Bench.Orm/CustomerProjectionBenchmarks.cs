using Microsoft.Data.Sqlite;

namespace PerfLab.Bench.Orm;

/// <summary>
/// <see cref="CustomerProjectionBenchmark{TAdo, TCommand, TRow}"/> on SQLite, with Dapper's entities, EF Core's
/// untracked entities and SQLite's own <c>SqlQueryRaw</c> summaries.
/// </summary>
[BenchmarkCategory(Categories.Orm.Projection)]
[HandWrittenWarmupCount(SqliteOrmDatabase.HandWrittenWarmup)]
public class CustomerProjectionBenchmarks : CustomerProjectionBenchmark<SqliteAdo, SqliteCommand, AdoRow>, ILabMetricSource
{
    private readonly SqliteOrmDatabase _database = new();
    private CustomerProjection _scenario = null!;

    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark, HandWrittenWarmup]
    public List<Customer> Projection_DapperEntities() => _scenario.DapperEntities(Pages.Next());

    [Benchmark]
    public List<CustomerSummary> Projection_EfSqlQuerySummaries() => _scenario.EfSqlQuerySummaries(Pages.Next());

    [Benchmark]
    public List<Customer> Projection_EfEntitiesNoTracking() => _scenario.EfEntitiesNoTracking(Pages.Next());

    protected override CustomerProjection Open() => _scenario = new CustomerProjection(_database.Open(Scale));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) =>
        _database.Metrics(CustomerProjection.SummarySql, ("$first", 1L), ("$last", (long)CustomerProjection.PageSize));
}
