using System.Globalization;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Caching;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;

namespace PerfLab.Bench.Caching;

/// <summary>
/// A stampede: 64 concurrent callers read one cold key whose loader takes 20 ms (a slow query or remote call). Each
/// invocation takes the next customer and removes it afterwards, so every stampede starts cold. "LoaderCalls" is
/// the number of loads one stampede caused (measured, not assumed).
/// </summary>
[BenchmarkCategory(Categories.Caching.Stampede)]
public class StampedeBenchmarks : CachingBenchmark, ILabMetricSource
{
    /// <summary>Concurrent callers: a burst of requests for one hot item just after it expired.</summary>
    private const int Callers = 64;

    private static readonly TimeSpan LoaderDelay = TimeSpan.FromMilliseconds(20);

    private KeyCycle<long> _keys = null!;
    private Dictionary<string, (ICustomerCache Cache, CountingReader Origin)> _caches = null!;

    protected override Task SetupAsync()
    {
        _keys = KeyCycle.Shuffled(Lab.CustomerIds, Seed);
        _caches = new Dictionary<string, (ICustomerCache, CountingReader)>
        {
            [nameof(MemoryCache)] = Create(CacheTechnique.MemoryCache),
            [nameof(HybridCache)] = Create(CacheTechnique.HybridCacheImmutable),
            [nameof(LockPerKey)] = Create(CacheTechnique.LockPerKey),
        };
        return Task.CompletedTask;
    }

    [Benchmark(Baseline = true)]
    public Task<Customer[]> MemoryCache() => RunAsync(nameof(MemoryCache));

    [Benchmark]
    public Task<Customer[]> HybridCache() => RunAsync(nameof(HybridCache));

    [Benchmark]
    public Task<Customer[]> LockPerKey() => RunAsync(nameof(LockPerKey));

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var origin = _caches[benchmarkMethod].Origin;
        origin.Reset();
        RunAsync(benchmarkMethod).GetAwaiter().GetResult();
        return new Dictionary<string, string> { ["LoaderCalls"] = origin.Calls.ToString(CultureInfo.InvariantCulture) };
    }

    private (ICustomerCache, CountingReader) Create(CacheTechnique technique)
    {
        var origin = CountingReader.Slow(Lab.Store, LoaderDelay);
        return (Lab.CreateCache(technique, origin), origin);
    }

    private async Task<Customer[]> RunAsync(string technique)
    {
        var cache = _caches[technique].Cache;
        var id = _keys.Next();
        var results = await Stampede.RunAsync(cache, id, Callers);
        await cache.RemoveAsync(id);
        return results;
    }
}
