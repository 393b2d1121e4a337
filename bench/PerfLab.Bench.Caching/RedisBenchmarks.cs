using PerfLab.Contract;

namespace PerfLab.Bench.Caching;

/// <summary>
/// Redis cache-aside over loopback to the suite's private redis-server, on CPUs of its own when the placement is split
/// (<see cref="ServerPlacement"/>; on the same cores as the benchmark when shared): a hit (GET and deserialize) and a miss (GET, load, SET, then DEL so it stays cold), each one call at a
/// time, the caller waiting for every reply before the next request; and hits issued <see cref="Batch"/> at a time
/// (<c>Task.WhenAll</c> over concurrent GETs, which StackExchange.Redis pipelines on its one connection), the way a
/// service serving concurrent requests uses Redis. All against the uncached SQLite read, per read. Without a
/// redis-server binary the class has no cases: its parameter source prints why, once, and yields nothing; no
/// number is ever invented. The uncached process starts no redis-server.
/// </summary>
[BenchmarkCategory(Categories.Caching.Redis)]
public class RedisBenchmarks : CachingBenchmark
{
    private const int WarmKeys = 1_000;

    /// <summary>Hits in flight at once in the pipelined row: enough to fill the connection's pipeline.</summary>
    private const int Batch = 64;

    private static readonly Lazy<string[]> Servers = new(() =>
    {
        if (RedisServer.UnavailableReason is not { } reason) return ["loopback"];
        LabSkips.Record(LabNames.Suites.Caching, Categories.Caching.Redis, reason);
        return [];
    });

    private KeyCycle<long> _warmKeys = null!;
    private KeyCycle<long> _coldKeys = null!;
    private ICustomerCache _redis = null!;

    /// <summary>Where the server runs: always a private redis-server on 127.0.0.1 (the source is empty without one).</summary>
    [ParamsSource(nameof(RedisServers))]
    public string Server { get; set; } = "";

    public static IEnumerable<string> RedisServers() => Servers.Value;

    [GlobalSetup(Target = nameof(Uncached))]
    public void SetupUncached() => OpenKeys();

    [GlobalSetup(Target = nameof(RedisHit))]
    public Task SetupRedisHit() => WarmAsync();

    [GlobalSetup(Target = nameof(RedisHitPipelined))]
    public Task SetupRedisHitPipelined() => WarmAsync();

    [GlobalSetup(Target = nameof(RedisMiss))]
    public void SetupRedisMiss()
    {
        OpenKeys();
        _redis = Lab.CreateCache(CacheTechnique.Redis);
        ServerPlacement.Enter("Redis", [Lab.RedisProcessId!.Value]);
    }

    [Benchmark(Baseline = true)]
    public ValueTask<Customer> Uncached() => Lab.Store.GetAsync(_warmKeys.Next());

    [Benchmark]
    public ValueTask<Customer> RedisHit() => _redis.GetAsync(_warmKeys.Next());

    [Benchmark(OperationsPerInvoke = Batch)]
    public Task<long> RedisHitPipelined() => _warmKeys.ReadConcurrentlyAsync(_redis, Batch);

    [Benchmark]
    public ValueTask<Customer> RedisMiss() => _coldKeys.ReadColdAsync(_redis);

    private void OpenKeys()
    {
        OpenLab();
        _warmKeys = KeyCycle.Shuffled(Lab.CustomerIds.Take(WarmKeys), Seed);
        _coldKeys = KeyCycle.Shuffled(Lab.CustomerIds.Skip(WarmKeys), Seed);
    }

    private async Task WarmAsync()
    {
        SetupRedisMiss();
        await _warmKeys.ReadAsync(_redis, _warmKeys.Length);
    }
}
