namespace PerfLab.Bench.Caching;

/// <summary>
/// What a miss costs: every invocation reads a customer that is not cached (lookup, database load, insert) and then
/// removes it, so the next time round it misses again. The removal is part of the price: every entry is eventually
/// evicted or invalidated. For versioned keys "remove" is a version bump, their way of invalidating. Each process
/// builds only the cache it measures.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): settles after 10-20 iterations.
[WarmupCount(20)]
[BenchmarkCategory(Categories.Caching.MissPath)]
public class MissPathBenchmarks : CachingBenchmark
{
    private KeyCycle<long> _keys = null!;
    private ICustomerCache _cache = null!;

    [GlobalSetup(Target = nameof(Uncached))]
    public void SetupUncached() => OpenKeys();

    [GlobalSetup(Target = nameof(ConcurrentDictionary))]
    public void SetupConcurrentDictionary() => Build(CacheTechnique.ConcurrentDictionary);

    [GlobalSetup(Target = nameof(MemoryCache))]
    public void SetupMemoryCache() => Build(CacheTechnique.MemoryCache);

    [GlobalSetup(Target = nameof(LockPerKey))]
    public void SetupLockPerKey() => Build(CacheTechnique.LockPerKey);

    [GlobalSetup(Target = nameof(HybridCacheImmutable))]
    public void SetupHybridCacheImmutable() => Build(CacheTechnique.HybridCacheImmutable);

    [GlobalSetup(Target = nameof(HybridCacheMutable))]
    public void SetupHybridCacheMutable() => Build(CacheTechnique.HybridCacheMutable);

    [GlobalSetup(Target = nameof(VersionedKeys))]
    public void SetupVersionedKeys() => Build(CacheTechnique.VersionedKeys);

    [Benchmark(Baseline = true)]
    public ValueTask<Customer> Uncached() => Lab.Store.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> ConcurrentDictionary() => _keys.ReadColdAsync(_cache);

    [Benchmark]
    public ValueTask<Customer> MemoryCache() => _keys.ReadColdAsync(_cache);

    [Benchmark]
    public ValueTask<Customer> LockPerKey() => _keys.ReadColdAsync(_cache);

    [Benchmark]
    public ValueTask<Customer> HybridCacheImmutable() => _keys.ReadColdAsync(_cache);

    [Benchmark]
    public ValueTask<Customer> HybridCacheMutable() => _keys.ReadColdAsync(_cache);

    [Benchmark]
    public ValueTask<Customer> VersionedKeys() => _keys.ReadColdAsync(_cache);

    private void OpenKeys()
    {
        OpenLab();
        _keys = KeyCycle.Shuffled(Lab.CustomerIds, Seed);
    }

    private void Build(CacheTechnique technique)
    {
        OpenKeys();
        _cache = Lab.CreateCache(technique);
    }
}
