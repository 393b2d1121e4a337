using PerfLab.Load;

namespace PerfLab.Bench.Caching;

/// <summary>
/// <see cref="RedisBenchmarks.RedisHit"/> under load: hits offered open loop (<see cref="OfferedLoad"/>) at a share of
/// the rate one caller reaches back to back, measured in the setup, each iteration one second of requests whose latency
/// counts from their intended start. The numbers are the percentiles of the <c>Load</c> block, not the time (always
/// about a second). Same server, keys and placement as <see cref="RedisBenchmarks"/>; no case without a redis-server.
/// </summary>
[BenchmarkCategory(Categories.Caching.RedisLoad)]
// One invocation (a one-second run) per iteration. The setup's capacity measurement has already called the request
// back to back for three seconds; 2 warm-up runs were enough in the sizing runs (results-profile.md, "Load rows").
[WarmupCount(2), InvocationCount(1)]
public class RedisLoadBenchmarks : CachingBenchmark
{
    private const int WarmKeys = 1_000;

    private KeyCycle<long> _keys = null!;
    private ICustomerCache _redis = null!;
    private OfferedLoad _load = null!;

    [ParamsSource(nameof(RedisServers))]
    public string Server { get; set; } = "";

    public static IEnumerable<string> RedisServers() => RedisBenchmarks.RedisServers();

    [ParamsAllValues]
    public LoadLevel Load { get; set; }

    [GlobalSetup(Target = nameof(RedisHit))]
    public async Task SetupRedisHit()
    {
        OpenLab();
        _keys = KeyCycle.Shuffled(Lab.CustomerIds.Take(WarmKeys), Seed);
        _redis = Lab.CreateCache(CacheTechnique.Redis);
        ServerPlacement.Enter("Redis", [Lab.RedisProcessId!.Value]);
        await _keys.ReadAsync(_redis, _keys.Length);
        _load = await OfferedLoad.MeasureAsync(Hit, Load, ProcessCpu.Sampler(() => [Lab.RedisProcessId!.Value]));
        LoadRecorder.Start(_load);
    }

    [Benchmark]
    public LoadResult RedisHit() => LoadRecorder.Record(_load.Run());

    private async ValueTask Hit(CancellationToken cancellationToken) => await _redis.GetAsync(_keys.NextConcurrent(), cancellationToken);
}
