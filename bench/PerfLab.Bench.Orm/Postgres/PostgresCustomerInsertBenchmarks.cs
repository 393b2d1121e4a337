using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Contract;
using PerfLab.Orm.Postgres;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="CustomerInsertBenchmarks"/> on PostgreSQL, with its two floors (binary COPY, one NpgsqlBatch). The rows
/// are deleted and the table vacuumed in [IterationSetup], hence one invocation per iteration. Every commit waits for
/// its WAL flush (synchronous_commit on, fsync on); each technique commits once per invocation.
/// </summary>
[BenchmarkCategory(Categories.Orm.Insert)]
[InvocationCount(1)]
// One call per iteration: binary COPY settled after 60-75 calls, EF SaveChanges after ~55, the batch after ~30 (results-profile.md).
[WarmupCount(80)]
public class PostgresCustomerInsertBenchmarks : PostgresOrmBenchmark, ILabMetricSource
{
    private PostgresCustomerInsert _scenario = null!;

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Orm, Categories.Orm.Insert);

    [Params(100_000)]
    public override int Scale { get; set; }

    [IterationSetup]
    public void DeleteInsertedRows() => _scenario.Reset();

    [Benchmark(Baseline = true)]
    public int Insert_AdoPreparedTransaction() => _scenario.AdoPreparedTransaction();

    [Benchmark]
    public int Insert_DapperExecuteTransaction() => _scenario.DapperExecuteTransaction();

    [Benchmark]
    public int Insert_EfSaveChanges() => _scenario.EfSaveChanges();

    [Benchmark]
    public int Insert_NpgsqlBinaryCopy() => _scenario.NpgsqlBinaryCopy();

    [Benchmark]
    public int Insert_NpgsqlBatch() => _scenario.NpgsqlBatch();

    protected override void Setup() => _scenario = new PostgresCustomerInsert(Access);

    protected override void Cleanup() => _scenario.Dispose();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Metrics(benchmarkMethod);
}
