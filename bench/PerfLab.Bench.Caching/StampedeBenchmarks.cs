using System.Globalization;

namespace PerfLab.Bench.Caching;

/// <summary>
/// A stampede: 64 concurrent callers read one cold key whose loader takes 20 ms (a slow query or remote call). Each
/// invocation takes the next customer and removes it afterwards, so every stampede starts cold. "LoaderCalls" is
/// the number of loads one stampede caused (measured, not assumed). Each process builds only the cache it measures.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat from the first iteration.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Caching.Stampede)]
public class StampedeBenchmarks : CachingBenchmark, ILabMetricSource
{
    /// <summary>Concurrent callers: a burst of requests for one hot item just after it expired.</summary>
    private const int Callers = 64;

    private static readonly TimeSpan LoaderDelay = TimeSpan.FromMilliseconds(20);

    private KeyCycle<long> _keys = null!;
    private ICustomerCache _cache = null!;
    private CountingReader _origin = null!;

    [GlobalSetup(Target = nameof(MemoryCache))]
    public void SetupMemoryCache() => Build(CacheTechnique.MemoryCache);

    [GlobalSetup(Target = nameof(HybridCache))]
    public void SetupHybridCache() => Build(CacheTechnique.HybridCacheImmutable);

    [GlobalSetup(Target = nameof(LockPerKey))]
    public void SetupLockPerKey() => Build(CacheTechnique.LockPerKey);

    [Benchmark(Baseline = true)]
    public Task<Customer[]> MemoryCache() => RunAsync();

    [Benchmark]
    public Task<Customer[]> HybridCache() => RunAsync();

    [Benchmark]
    public Task<Customer[]> LockPerKey() => RunAsync();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        _origin.Reset();
        RunAsync().GetAwaiter().GetResult();
        return new Dictionary<string, string> { ["LoaderCalls"] = _origin.Calls.ToString(CultureInfo.InvariantCulture) };
    }

    private void Build(CacheTechnique technique)
    {
        OpenLab();
        _keys = KeyCycle.Shuffled(Lab.CustomerIds, Seed);
        _origin = CountingReader.Slow(Lab.Store, LoaderDelay);
        _cache = Lab.CreateCache(technique, _origin);
    }

    private async Task<Customer[]> RunAsync()
    {
        var id = _keys.Next();
        var results = await Stampede.RunAsync(_cache, id, Callers);
        await _cache.RemoveAsync(id);
        return results;
    }
}
