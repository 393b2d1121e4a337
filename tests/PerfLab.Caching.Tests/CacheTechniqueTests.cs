using PerfLab.Caching;
using PerfLab.Data.Generation;

namespace PerfLab.Caching.Tests;

public sealed class CacheTechniqueTests : LabTest
{
    /// <summary>Every in-process technique; Redis has its own tests, which need a server.</summary>
    public static TheoryData<CacheTechnique> InProcessTechniques() =>
        new(Enum.GetValues<CacheTechnique>().Where(t => t != CacheTechnique.Redis));

    /// <summary>The techniques that take any origin (versioned keys read through the store only).</summary>
    public static TheoryData<CacheTechnique> CountableTechniques() =>
        new(Enum.GetValues<CacheTechnique>().Where(t => t is not (CacheTechnique.Redis or CacheTechnique.VersionedKeys)));

    [Theory]
    [MemberData(nameof(InProcessTechniques))]
    public async Task Miss_and_hit_return_the_same_customer_as_the_uncached_read(CacheTechnique technique)
    {
        var cache = Lab.CreateCache(technique);
        foreach (var id in (long[])[1, 2, 57, Scale])
        {
            var expected = Lab.Store.Read(id);
            Assert.Equal(expected, await cache.GetAsync(id));
            Assert.Equal(expected, await cache.GetAsync(id));
        }
    }

    [Theory]
    [MemberData(nameof(CountableTechniques))]
    public async Task A_hit_does_not_load_and_a_removed_entry_loads_again(CacheTechnique technique)
    {
        var origin = new CountingReader(Lab.Store);
        var cache = Lab.CreateCache(technique, origin);

        await cache.GetAsync(7);
        await cache.GetAsync(7);
        Assert.Equal(1, origin.Calls);

        await cache.RemoveAsync(7);
        await cache.GetAsync(7);
        Assert.Equal(2, origin.Calls);
    }

    [Fact]
    public async Task Versioned_keys_miss_after_a_remove()
    {
        var cache = Lab.CreateCache(CacheTechnique.VersionedKeys);
        var first = await cache.GetAsync(7);
        Assert.Same(first, await cache.GetAsync(7));
        await cache.RemoveAsync(7);
        var reloaded = await cache.GetAsync(7);
        Assert.NotSame(first, reloaded);
        Assert.Equal(first, reloaded);
    }

    [Theory]
    [InlineData(CacheTechnique.ConcurrentDictionary)]
    [InlineData(CacheTechnique.MemoryCache)]
    [InlineData(CacheTechnique.LockPerKey)]
    [InlineData(CacheTechnique.HybridCacheImmutable)]
    public async Task In_memory_hits_share_the_cached_instance(CacheTechnique technique)
    {
        var cache = Lab.CreateCache(technique);
        Assert.Same(await cache.GetAsync(3), await cache.GetAsync(3));
    }

    [Fact]
    public async Task HybridCache_hands_each_hit_of_a_mutable_type_its_own_copy()
    {
        var cache = Lab.CreateCache(CacheTechnique.HybridCacheMutable);
        var first = await cache.GetAsync(3);
        var second = await cache.GetAsync(3);
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_unknown_id_throws_and_caches_nothing()
    {
        var origin = new CountingReader(Lab.Store);
        var cache = Lab.CreateCache(CacheTechnique.MemoryCache, origin);
        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await cache.GetAsync(Scale + 1));
        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await cache.GetAsync(Scale + 1));
        Assert.Equal(2, origin.Calls);
    }
}
