using System.Globalization;

namespace PerfLab.Bench.Caching;

/// <summary>
/// Effective time per read when not every read hits: a Zipf-distributed key stream over 2,000 customers
/// (<see cref="HitRatioStream"/>) through cache-aside over <c>IMemoryCache</c> whose entries live for the time, on
/// the stream's simulated clock, at which that stream hits the named share of reads. Whether a read hits depends on
/// the stream and the time to live alone, so the parameter is the hit ratio the rows really have: "HitRatio" reports
/// it, counted over one whole period of the stream after a period of warm-up (the tests hold it within 0.01 of the
/// target). The uncached row reads the same stream, clock steps included, and builds no cache.
/// </summary>
[BenchmarkCategory(Categories.Caching.HitRatio)]
public class HitRatioTtlBenchmarks : CachingBenchmark, ILabMetricSource
{
    /// <summary>Reads per invocation: each is a slice of the stream, so one invocation mixes hits and misses.</summary>
    private const int ReadsPerInvoke = 1_000;

    private HitRatioStream _stream = null!;
    private CountingReader? _origin;
    private ICustomerCache _cache = null!;
    private TimeSpan _timeToLive;

    /// <summary>About half the reads hit, most hit, almost all hit: the range real caches are tuned across.</summary>
    [Params(0.5, 0.9, 0.99)]
    public double TargetHitRatio { get; set; }

    [GlobalSetup(Target = nameof(Uncached))]
    public void SetupUncached() => OpenStream();

    [GlobalSetup(Target = nameof(MemoryCache))]
    public async Task SetupMemoryCache()
    {
        OpenStream();
        _timeToLive = _stream.TimeToLiveFor(TargetHitRatio);
        _origin = new CountingReader(Lab.Store);
        _cache = Lab.CreateCache(CacheTechnique.MemoryCache, _origin, _stream.Clock, _timeToLive);
        await _stream.ReadAsync(_cache, HitRatioStream.Length);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ReadsPerInvoke)]
    public ValueTask<long> Uncached() => _stream.ReadAsync(Lab.Store, ReadsPerInvoke);

    [Benchmark(OperationsPerInvoke = ReadsPerInvoke)]
    public ValueTask<long> MemoryCache() => _stream.ReadAsync(_cache, ReadsPerInvoke);

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        if (_origin is null) return new Dictionary<string, string> { ["HitRatio"] = "0" };
        _origin.Reset();
        _stream.ReadAsync(_cache, HitRatioStream.Length).AsTask().GetAwaiter().GetResult();
        var hitRatio = 1.0 - (double)_origin.Calls / HitRatioStream.Length;
        return new Dictionary<string, string>
        {
            ["HitRatio"] = hitRatio.ToString("0.000", CultureInfo.InvariantCulture),
            ["TimeToLive"] = string.Create(CultureInfo.InvariantCulture, $"{_timeToLive.TotalMilliseconds:0.###} ms simulated"),
        };
    }

    private void OpenStream()
    {
        OpenLab();
        _stream = new HitRatioStream(Lab.CustomerIds, Seed);
    }
}
