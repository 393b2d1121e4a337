using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Caching;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;

namespace PerfLab.Bench.Caching;

/// <summary>
/// What a hit costs: every invocation reads the next of 1,000 customers, all of them cached beforehand, against the
/// same read from SQLite. Lock-per-key's hit is <see cref="MemoryCacheAside"/>'s (the lock is taken on a miss only),
/// so it has no row here.
/// </summary>
[BenchmarkCategory(Categories.Caching.HitPath)]
public class HitPathBenchmarks : CachingBenchmark
{
    /// <summary>Enough distinct keys that a hit is not one hot cache line; few enough to stay well inside L2/L3 with their values.</summary>
    private const int WarmKeys = 1_000;

    private KeyCycle<long> _keys = null!;
    private ICustomerCache _concurrentDictionary = null!;
    private ICustomerCache _memoryCache = null!;
    private ICustomerCache _hybridImmutable = null!;
    private ICustomerCache _hybridMutable = null!;
    private ICustomerCache _versionedKeys = null!;

    protected override async Task SetupAsync()
    {
        _keys = KeyCycle.Shuffled(Lab.CustomerIds.Take(WarmKeys), Seed);
        _concurrentDictionary = await WarmAsync(CacheTechnique.ConcurrentDictionary);
        _memoryCache = await WarmAsync(CacheTechnique.MemoryCache);
        _hybridImmutable = await WarmAsync(CacheTechnique.HybridCacheImmutable);
        _hybridMutable = await WarmAsync(CacheTechnique.HybridCacheMutable);
        _versionedKeys = await WarmAsync(CacheTechnique.VersionedKeys);
    }

    [Benchmark(Baseline = true)]
    public ValueTask<Customer> Uncached() => Lab.Store.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> ConcurrentDictionary() => _concurrentDictionary.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> MemoryCache() => _memoryCache.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> HybridCacheImmutable() => _hybridImmutable.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> HybridCacheMutable() => _hybridMutable.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> VersionedKeys() => _versionedKeys.GetAsync(_keys.Next());

    private async Task<ICustomerCache> WarmAsync(CacheTechnique technique)
    {
        var cache = Lab.CreateCache(technique);
        await _keys.ReadAsync(cache, _keys.Length);
        return cache;
    }
}
