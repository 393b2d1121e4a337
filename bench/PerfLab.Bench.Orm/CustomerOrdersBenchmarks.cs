using Microsoft.Data.Sqlite;

namespace PerfLab.Bench.Orm;

/// <summary><see cref="CustomerOrdersBenchmark{TAdo, TCommand, TRow}"/> on SQLite, with Dapper's QueryMultiple.</summary>
[BenchmarkCategory(Categories.Orm.ParentWithChildren)]
[HandWrittenWarmupCount(SqliteOrmDatabase.HandWrittenWarmup)]
public class CustomerOrdersBenchmarks : CustomerOrdersBenchmark<SqliteAdo, SqliteCommand, AdoRow>, ILabMetricSource
{
    private readonly SqliteOrmDatabase _database = new();

    // One size: 100,000 customers make both indexes and tables realistically larger than the page cache.
    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark, HandWrittenWarmup]
    public List<OrderWithLines> Graph_DapperQueryMultiple() => Scenario.DapperQueryMultiple(Keys.Next());

    protected override CustomerOrders Open() => new(_database.Open(Scale));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => _database.Metrics(CustomerOrders.JoinSql, ("$customerId", 1L));
}
