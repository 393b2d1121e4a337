using Microsoft.Data.Sqlite;

namespace PerfLab.Bench.Orm;

/// <summary>
/// <see cref="CustomerByIdBenchmark{TAdo, TCommand, TRow}"/> on SQLite, which compiles statements in the client, so
/// reuse saves the parse and plan every other row pays. SQLite's own rows: the SQLitePCLRaw floor (RawStatementReuse),
/// EF Core's tracking query and <c>FromSqlRaw</c>.
/// </summary>
[BenchmarkCategory(Categories.Orm.ById)]
// EF Core's new-context read was still getting faster after 35-40 warm-up iterations (results-profile.md).
[WarmupCount(50), HandWrittenWarmupCount(SqliteOrmDatabase.HandWrittenWarmup)]
public class CustomerByIdBenchmarks : CustomerByIdBenchmark<SqliteAdo, SqliteCommand, AdoRow>, ILabMetricSource
{
    private readonly SqliteOrmDatabase _database = new();
    private CustomerById _scenario = null!;

    // 100,000: ~14 MB, beyond SQLite's default 2 MB page cache; rotating keys mostly miss it (pages come from the
    // OS cache through a read call), so SQLite does real work beside the layers.
    // One size to fit protocol v2's budget (a suite's run of 5 rounds within 15 minutes): at steady state the by-key
    // ratios were the same at 1,000 and 100,000 customers (bench/PerfLab.Bench.Common/results-profile.md).
    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark, HandWrittenWarmup]
    public Customer? ById_RawStatementReuse() => _scenario.RawStatementReuse(Keys.Next());

    [Benchmark]
    public Customer? ById_EfLinqTracking() => _scenario.EfLinqTracking(Keys.Next());

    [Benchmark]
    public Customer? ById_EfFromSql() => _scenario.EfFromSql(Keys.Next());

    protected override CustomerById Open() => _scenario = new CustomerById(_database.Open(Scale));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => _database.Metrics(CustomerById.Sql, ("$id", 1L));
}
