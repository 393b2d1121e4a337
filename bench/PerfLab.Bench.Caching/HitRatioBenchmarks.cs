using System.Globalization;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Caching;
using PerfLab.Data.Generation;

namespace PerfLab.Bench.Caching;

/// <summary>
/// Effective time per read when not every read hits: a Zipf-distributed key stream (exponent 1, the classic web
/// skew) over 2,000 customers through an <c>IMemoryCache</c> bounded to the number of hottest keys that would take
/// the target share of reads. Its real eviction (compaction by last access) is not that ideal, so the hit ratio it
/// actually reaches is counted (1 - loader calls / reads, over 50,000 reads after a 50,000-read warm-up) and reported as "HitRatio".
/// At the small capacities it moves from run to run: a full IMemoryCache refuses new entries until its compaction,
/// queued to the thread pool, has made room, so which keys get in depends on when that runs.
/// </summary>
[BenchmarkCategory(Categories.Caching.HitRatio)]
public class HitRatioBenchmarks : CachingBenchmark, ILabMetricSource
{
    /// <summary>Reads per invocation: each is a slice of the stream, so one invocation mixes hits and misses.</summary>
    private const int ReadsPerInvoke = 1_000;

    /// <summary>
    /// The stream's period. It must dwarf the cache: a stream that repeats soon has few distinct keys, and a cache
    /// that never fills hits on every repeat whatever its capacity.
    /// </summary>
    private const int StreamLength = 500_000;

    /// <summary>
    /// Keys the stream draws from: a long tail, yet few enough that a warm-up fills even the largest cache quickly.
    /// </summary>
    private const int Keys = 2_000;

    /// <summary>Reads before measuring: enough to fill the largest cache and reach its steady state.</summary>
    private const int WarmUpReads = 50_000;

    /// <summary>Reads over which the hit ratio is counted.</summary>
    private const int CountedReads = 50_000;

    private ZipfDistribution _zipf = null!;
    private KeyCycle<long> _stream = null!;
    private CountingReader _origin = null!;
    private ICustomerCache _cache = null!;

    /// <summary>About half the reads hit, most hit, almost all hit: the range real caches are tuned across.</summary>
    [Params(0.5, 0.9, 0.99)]
    public double TargetHitRatio { get; set; }

    private int Capacity => _zipf.KeysForShare(TargetHitRatio);

    protected override async Task SetupAsync()
    {
        _zipf = new ZipfDistribution(Keys, exponent: 1.0);
        _stream = new KeyCycle<long>(_zipf.Stream(Lab.CustomerIds.Take(Keys).ToArray(), StreamLength, Seed));
        _origin = new CountingReader(Lab.Store);
        _cache = Lab.CreateCache(CacheTechnique.MemoryCache, _origin, capacity: Capacity);
        await _stream.ReadAsync(_cache, WarmUpReads);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ReadsPerInvoke)]
    public ValueTask<long> Uncached() => _stream.ReadAsync(Lab.Store, ReadsPerInvoke);

    [Benchmark(OperationsPerInvoke = ReadsPerInvoke)]
    public ValueTask<long> MemoryCache() => _stream.ReadAsync(_cache, ReadsPerInvoke);

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        if (benchmarkMethod == nameof(Uncached)) return new Dictionary<string, string> { ["HitRatio"] = "0" };
        _origin.Reset();
        _stream.ReadAsync(_cache, CountedReads).AsTask().GetAwaiter().GetResult();
        var hitRatio = 1.0 - (double)_origin.Calls / CountedReads;
        return new Dictionary<string, string>
        {
            ["HitRatio"] = hitRatio.ToString("0.000", CultureInfo.InvariantCulture),
            ["Capacity"] = Capacity.ToString(CultureInfo.InvariantCulture),
        };
    }
}
