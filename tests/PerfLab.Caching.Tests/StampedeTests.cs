using PerfLab.Caching;

namespace PerfLab.Caching.Tests;

/// <summary>
/// 64 callers on one cold key. The loader is held on a gate until every caller has issued its read, so each
/// caller has either started a load or joined one: the loader-call counts are exact, not timing luck.
/// </summary>
public sealed class StampedeTests : LabTest
{
    private const int Callers = 64;

    [Theory]
    [InlineData(CacheTechnique.MemoryCache, Callers)]
    [InlineData(CacheTechnique.HybridCacheImmutable, 1)]
    [InlineData(CacheTechnique.HybridCacheMutable, 1)]
    [InlineData(CacheTechnique.LockPerKey, 1)]
    public async Task Counts_the_loader_calls_of_a_stampede(CacheTechnique technique, int expectedLoads)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var origin = new CountingReader(Lab.Store, _ => gate.Task);
        var cache = Lab.CreateCache(technique, origin);

        var results = await Stampede.RunAsync(cache, 11, Callers, allStarted: gate.SetResult).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(expectedLoads, origin.Calls);
        var expected = Lab.Store.Read(11);
        Assert.All(results, customer => Assert.Equal(expected, customer));
    }

    [Fact]
    public async Task A_slow_reader_waits_before_it_loads()
    {
        var origin = CountingReader.Slow(Lab.Store, TimeSpan.FromMilliseconds(1));
        Assert.Equal(Lab.Store.Read(2), await origin.GetAsync(2));
        Assert.Equal(1, origin.Calls);
    }
}
