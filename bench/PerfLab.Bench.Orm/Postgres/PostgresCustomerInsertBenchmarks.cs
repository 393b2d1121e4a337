namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="CustomerInsertBenchmark{TScenario}"/> on PostgreSQL, with its two floors (binary COPY, one NpgsqlBatch).
/// The reset also vacuums the table. Every commit waits for its WAL flush (synchronous_commit on, fsync on); each
/// technique commits once per invocation.
/// </summary>
[BenchmarkCategory(Categories.Orm.Insert)]
[InvocationCount(1)]
// One call per iteration: binary COPY settled after 60-75 calls, EF SaveChanges after ~55, the batch after ~30 (results-profile.md).
[WarmupCount(80), HandWrittenWarmupCount(80)]
public class PostgresCustomerInsertBenchmarks : CustomerInsertBenchmark<PostgresCustomerInsert>, ILabMetricSource
{
    private readonly PostgresOrmDatabase _database = new();

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => PostgresOrmDatabase.EngineValues(Categories.Orm.Insert);

    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark(Baseline = true)]
    public int Insert_AdoPreparedTransaction() => Scenario.AdoPreparedTransaction();

    [Benchmark]
    public int Insert_NpgsqlBinaryCopy() => Scenario.NpgsqlBinaryCopy();

    [Benchmark]
    public int Insert_NpgsqlBatch() => Scenario.NpgsqlBatch();

    protected override PostgresCustomerInsert Open() => new(_database.Open(Scale));

    protected override void Close() => _database.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => _database.Metrics(this, benchmarkMethod);
}
