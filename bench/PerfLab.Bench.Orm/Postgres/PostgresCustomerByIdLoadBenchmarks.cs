using PerfLab.Load;

namespace PerfLab.Bench.Orm.Postgres;

/// <summary>
/// <see cref="PostgresCustomerByIdBenchmarks"/>'s read under load: one customer by primary key, hand-coded ADO.NET on a
/// pooled connection per call (<see cref="PostgresCustomerById.AdoPooledAsync"/>), offered open loop
/// (<see cref="OfferedLoad"/>) at a share of the rate one caller reaches back to back, measured in the setup; each
/// iteration one second of requests whose latency counts from their intended start. The numbers are the percentiles of
/// the <c>Load</c> block, not the time (always about a second). Over TCP loopback, same database as the by-id rows.
/// </summary>
[BenchmarkCategory(Categories.Orm.ByIdLoad)]
// One invocation (a one-second run) per iteration; the setup's capacity measurement has already called the request
// back to back for three seconds, yet the first runs after it were still up to 1.8× the later median (results-profile.md, "Load rows").
[WarmupCount(4), InvocationCount(1)]
public class PostgresCustomerByIdLoadBenchmarks : OrmBenchmark<PostgresCustomerById>
{
    private readonly PostgresOrmDatabase _database = new();
    private KeyCycle<long> _keys = null!;
    private OfferedLoad _load = null!;

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => PostgresOrmDatabase.EngineValues(Categories.Orm.ByIdLoad);

    [ParamsAllValues]
    public LoadLevel Load { get; set; }

    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark]
    public LoadResult ById_AdoPooled() => LoadRecorder.Record(_load.Run());

    protected override PostgresCustomerById Open() => new(_database.Open(Scale));

    protected override void Close() => _database.Dispose();

    protected override void Prepare()
    {
        _keys = KeyCycle.ShuffledIds(Scale);
        // The shared connection is idle during a load (its requests take pooled ones): the sampler asks over it.
        _load = OfferedLoad.MeasureAsync(Read, Load, ProcessCpu.Sampler(() => PostgresServer.ServerProcesses(_database.Access.Connection))).GetAwaiter().GetResult();
        LoadRecorder.Start(_load);
    }

    private async ValueTask Read(CancellationToken cancellationToken) => await Scenario.AdoPooledAsync(_keys.NextConcurrent(), cancellationToken);
}
