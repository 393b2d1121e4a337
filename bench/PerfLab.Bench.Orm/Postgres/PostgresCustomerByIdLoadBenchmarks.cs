using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Contract;
using PerfLab.Data.Generation;
using PerfLab.Data.Servers;
using PerfLab.Load;
using PerfLab.Orm.Postgres;

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
public class PostgresCustomerByIdLoadBenchmarks : PostgresOrmBenchmark
{
    private PostgresCustomerById _scenario = null!;
    private KeyCycle<long> _keys = null!;
    private OfferedLoad _load = null!;

    [ParamsSource(nameof(EngineValues))]
    public string Engine { get; set; } = "";

    public static IEnumerable<string> EngineValues() => Engines.PostgreSqlIfAvailable(LabNames.Suites.Orm, Categories.Orm.ByIdLoad);

    [ParamsAllValues]
    public LoadLevel Load { get; set; }

    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark]
    public LoadResult ById_AdoPooled() => LoadRecorder.Record(_load.Run());

    protected override void Setup()
    {
        _scenario = new PostgresCustomerById(Access);
        _keys = KeyCycle.ShuffledIds(Scale);
        // The shared connection is idle during a load (its requests take pooled ones): the sampler asks over it.
        _load = OfferedLoad.MeasureAsync(Read, Load, ProcessCpu.Sampler(() => PostgresServer.ServerProcesses(Access.Connection))).GetAwaiter().GetResult();
        LoadRecorder.Start(_load);
    }

    protected override void Cleanup() => _scenario.Dispose();

    private async ValueTask Read(CancellationToken cancellationToken) => await _scenario.AdoPooledAsync(_keys.NextConcurrent(), cancellationToken);
}
