using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Caching;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;

namespace PerfLab.Bench.Caching;

/// <summary>
/// Redis cache-aside over loopback to the suite's private redis-server: a hit (GET and deserialize) and a miss (GET,
/// load, SET, then DEL so it stays cold), against the uncached SQLite read. Without a redis-server binary the class
/// has no cases: its parameter source prints why, once, and yields nothing; no number is ever invented.
/// </summary>
[BenchmarkCategory(Categories.Caching.Redis)]
public class RedisBenchmarks : CachingBenchmark
{
    private const int WarmKeys = 1_000;

    private static readonly Lazy<string[]> Servers = new(() =>
    {
        if (RedisServer.UnavailableReason is not { } reason) return ["loopback"];
        Console.WriteLine($"perflab caching: Redis rows skipped: {reason}");
        return [];
    });

    private KeyCycle<long> _warmKeys = null!;
    private KeyCycle<long> _coldKeys = null!;
    private ICustomerCache _redis = null!;

    /// <summary>Where the server runs: always a private redis-server on 127.0.0.1 (the source is empty without one).</summary>
    [ParamsSource(nameof(RedisServers))]
    public string Server { get; set; } = "";

    public static IEnumerable<string> RedisServers() => Servers.Value;

    protected override async Task SetupAsync()
    {
        _warmKeys = KeyCycle.Shuffled(Lab.CustomerIds.Take(WarmKeys), Seed);
        _coldKeys = KeyCycle.Shuffled(Lab.CustomerIds.Skip(WarmKeys), Seed);
        // One cache for both rows: the warm keys and the cold keys never overlap.
        _redis = Lab.CreateCache(CacheTechnique.Redis);
        await _warmKeys.ReadAsync(_redis, _warmKeys.Length);
    }

    [Benchmark(Baseline = true)]
    public ValueTask<Customer> Uncached() => Lab.Store.GetAsync(_warmKeys.Next());

    [Benchmark]
    public ValueTask<Customer> RedisHit() => _redis.GetAsync(_warmKeys.Next());

    [Benchmark]
    public ValueTask<Customer> RedisMiss() => _coldKeys.ReadColdAsync(_redis);
}
