namespace PerfLab.Bench.Caching;

/// <summary>
/// What a hit costs: every invocation reads the next of 1,000 customers, all of them cached beforehand, against the
/// same read from SQLite. Lock-per-key's hit is <see cref="MemoryCacheAside"/>'s (the lock is taken on a miss only),
/// so it has no row here. Each process builds and warms only the cache it measures.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): flat from the first iteration.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Caching.HitPath)]
public class HitPathBenchmarks : CachingBenchmark
{
    /// <summary>Enough distinct keys that a hit is not one hot cache line; few enough to stay well inside L2/L3 with their values.</summary>
    private const int WarmKeys = 1_000;

    private KeyCycle<long> _keys = null!;
    private ICustomerCache _cache = null!;

    [GlobalSetup(Target = nameof(Uncached))]
    public void SetupUncached() => OpenKeys();

    [GlobalSetup(Target = nameof(ConcurrentDictionary))]
    public Task SetupConcurrentDictionary() => WarmAsync(CacheTechnique.ConcurrentDictionary);

    [GlobalSetup(Target = nameof(MemoryCache))]
    public Task SetupMemoryCache() => WarmAsync(CacheTechnique.MemoryCache);

    [GlobalSetup(Target = nameof(HybridCacheImmutable))]
    public Task SetupHybridCacheImmutable() => WarmAsync(CacheTechnique.HybridCacheImmutable);

    [GlobalSetup(Target = nameof(HybridCacheMutable))]
    public Task SetupHybridCacheMutable() => WarmAsync(CacheTechnique.HybridCacheMutable);

    [GlobalSetup(Target = nameof(VersionedKeys))]
    public Task SetupVersionedKeys() => WarmAsync(CacheTechnique.VersionedKeys);

    [Benchmark(Baseline = true)]
    public ValueTask<Customer> Uncached() => Lab.Store.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> ConcurrentDictionary() => _cache.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> MemoryCache() => _cache.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> HybridCacheImmutable() => _cache.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> HybridCacheMutable() => _cache.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> VersionedKeys() => _cache.GetAsync(_keys.Next());

    private void OpenKeys()
    {
        OpenLab();
        _keys = KeyCycle.Shuffled(Lab.CustomerIds.Take(WarmKeys), Seed);
    }

    private async Task WarmAsync(CacheTechnique technique)
    {
        OpenKeys();
        _cache = Lab.CreateCache(technique);
        await _keys.ReadAsync(_cache, _keys.Length);
    }
}
