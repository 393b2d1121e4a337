using Microsoft.Extensions.Time.Testing;
using PerfLab.Caching;

namespace PerfLab.Caching.Tests;

/// <summary>Time to live, driven by a fake clock: no test sleeps.</summary>
public sealed class ExpiryTests : LabTest
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(CacheTechnique.MemoryCache)]
    [InlineData(CacheTechnique.LockPerKey)]
    [InlineData(CacheTechnique.HybridCacheImmutable)]
    [InlineData(CacheTechnique.HybridCacheMutable)]
    public async Task An_entry_is_served_until_its_time_to_live_ends_and_then_reloaded(CacheTechnique technique)
    {
        var clock = new FakeTimeProvider();
        var origin = new CountingReader(Lab.Store);
        var cache = Lab.CreateCache(technique, origin, clock, TimeToLive);

        await cache.GetAsync(5);
        clock.Advance(TimeToLive - TimeSpan.FromSeconds(1));
        await cache.GetAsync(5);
        Assert.Equal(1, origin.Calls);

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(Lab.Store.Read(5), await cache.GetAsync(5));
        Assert.Equal(2, origin.Calls);
    }
}
