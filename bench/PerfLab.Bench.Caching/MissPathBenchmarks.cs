using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Caching;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;

namespace PerfLab.Bench.Caching;

/// <summary>
/// What a miss costs: every invocation reads a customer that is not cached (lookup, database load, insert) and then
/// removes it, so the next time round it misses again. The removal is part of the price: every entry is eventually
/// evicted or invalidated. For versioned keys "remove" is a version bump, their way of invalidating.
/// </summary>
[BenchmarkCategory(Categories.Caching.MissPath)]
public class MissPathBenchmarks : CachingBenchmark
{
    private KeyCycle<long> _keys = null!;
    private ICustomerCache _concurrentDictionary = null!;
    private ICustomerCache _memoryCache = null!;
    private ICustomerCache _lockPerKey = null!;
    private ICustomerCache _hybridImmutable = null!;
    private ICustomerCache _hybridMutable = null!;
    private ICustomerCache _versionedKeys = null!;

    protected override Task SetupAsync()
    {
        _keys = KeyCycle.Shuffled(Lab.CustomerIds, Seed);
        _concurrentDictionary = Lab.CreateCache(CacheTechnique.ConcurrentDictionary);
        _memoryCache = Lab.CreateCache(CacheTechnique.MemoryCache);
        _lockPerKey = Lab.CreateCache(CacheTechnique.LockPerKey);
        _hybridImmutable = Lab.CreateCache(CacheTechnique.HybridCacheImmutable);
        _hybridMutable = Lab.CreateCache(CacheTechnique.HybridCacheMutable);
        _versionedKeys = Lab.CreateCache(CacheTechnique.VersionedKeys);
        return Task.CompletedTask;
    }

    [Benchmark(Baseline = true)]
    public ValueTask<Customer> Uncached() => Lab.Store.GetAsync(_keys.Next());

    [Benchmark]
    public ValueTask<Customer> ConcurrentDictionary() => _keys.ReadColdAsync(_concurrentDictionary);

    [Benchmark]
    public ValueTask<Customer> MemoryCache() => _keys.ReadColdAsync(_memoryCache);

    [Benchmark]
    public ValueTask<Customer> LockPerKey() => _keys.ReadColdAsync(_lockPerKey);

    [Benchmark]
    public ValueTask<Customer> HybridCacheImmutable() => _keys.ReadColdAsync(_hybridImmutable);

    [Benchmark]
    public ValueTask<Customer> HybridCacheMutable() => _keys.ReadColdAsync(_hybridMutable);

    [Benchmark]
    public ValueTask<Customer> VersionedKeys() => _keys.ReadColdAsync(_versionedKeys);
}
