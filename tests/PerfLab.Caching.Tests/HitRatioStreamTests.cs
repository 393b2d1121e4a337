using PerfLab.Caching;

namespace PerfLab.Caching.Tests;

/// <summary>The hit-ratio comparison's rows really have the hit ratio they are named after.</summary>
public sealed class HitRatioStreamTests : IDisposable
{
    private readonly CustomerCacheLab _lab = CustomerCacheLab.Create(HitRatioStream.Keys);

    public void Dispose() => _lab.Dispose();

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    public async Task Memory_cache_aside_over_the_stream_hits_the_target_ratio(double target)
    {
        var stream = new HitRatioStream(_lab.CustomerIds, seed: 20261125);
        var timeToLive = stream.TimeToLiveFor(target);
        var origin = new CountingReader(_lab.Store);
        var cache = _lab.CreateCache(CacheTechnique.MemoryCache, origin, stream.Clock, timeToLive);

        await stream.ReadAsync(cache, HitRatioStream.Length); // warm-up: one period
        origin.Reset();
        await stream.ReadAsync(cache, HitRatioStream.Length);
        var achieved = 1.0 - (double)origin.Calls / HitRatioStream.Length;

        Assert.InRange(achieved, target - 0.01, target + 0.01);
        Assert.Equal(stream.HitRatio(timeToLive), achieved, precision: 3); // the replay decides as IMemoryCache does
    }

    [Fact]
    public void A_longer_time_to_live_never_hits_less_often_by_more_than_a_hair()
    {
        var stream = new HitRatioStream(_lab.CustomerIds, seed: 1);
        var ratios = new[] { 1, 10, 100, 1_000, 10_000 }.Select(ms => stream.HitRatio(TimeSpan.FromMilliseconds(ms))).ToArray();

        Assert.All(ratios.Zip(ratios.Skip(1)), pair => Assert.True(pair.Second >= pair.First - 0.001, $"{pair.First} then {pair.Second}"));
        Assert.True(ratios[0] < 0.5 && ratios[^1] > 0.99, string.Join(", ", ratios));
    }
}
