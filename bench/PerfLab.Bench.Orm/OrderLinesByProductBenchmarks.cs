using Microsoft.Data.Sqlite;

namespace PerfLab.Bench.Orm;

/// <summary>
/// <see cref="OrderLinesByProductBenchmark{TAdo, TCommand, TRow}"/> on SQLite, with SQLite's own rows: the SQLitePCLRaw
/// floor, Dapper unbuffered and EF Core's <c>FromSqlRaw</c>.
/// </summary>
[BenchmarkCategory(Categories.Orm.ListByIndex)]
[HandWrittenWarmupCount(SqliteOrmDatabase.HandWrittenWarmup)]
public class OrderLinesByProductBenchmarks : OrderLinesByProductBenchmark<SqliteAdo, SqliteCommand, AdoRow>, ILabMetricSource
{
    private readonly SqliteOrmDatabase _database = new();
    private OrderLinesByProduct _scenario = null!;

    // ~160 rows per product. 100,000: 1.6 M lines (~58 MB with the index); a product's lines lie on ~160 different pages, mostly not in
    // SQLite's 2 MB cache, so SQLite's share of the time grows.
    // One size to fit protocol v2's budget (a suite's run of 5 rounds within 15 minutes): the size the headline finding
    // reads. The 1,000 size was cut for time, not because it gave the same answer: it is not measured.
    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark, HandWrittenWarmup]
    public List<OrderLine> List_RawStatementReuse() => _scenario.RawStatementReuse(Keys.Next());

    [Benchmark, HandWrittenWarmup]
    public List<OrderLine> List_DapperUnbuffered() => _scenario.DapperUnbuffered(Keys.Next());

    [Benchmark]
    public List<OrderLine> List_EfFromSql() => _scenario.EfFromSql(Keys.Next());

    protected override OrderLinesByProduct Open() => _scenario = new OrderLinesByProduct(_database.Open(Scale));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => _database.Metrics(OrderLinesByProduct.Sql, ("$productId", 1L));
}
