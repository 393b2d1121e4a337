using PerfLab.Caching;

namespace PerfLab.Caching.Tests;

public sealed class KeyCycleTests : LabTest
{
    [Fact]
    public void Goes_round_the_keys_in_order()
    {
        var keys = new KeyCycle([5, 6, 7]);
        Assert.Equal([5, 6, 7, 5, 6], Enumerable.Range(0, 5).Select(_ => keys.Next()));
    }

    [Fact]
    public void A_shuffled_cycle_is_a_seeded_permutation()
    {
        var first = KeyCycle.Shuffled(Lab.CustomerIds, seed: 3);
        var again = KeyCycle.Shuffled(Lab.CustomerIds, seed: 3);
        var order = Enumerable.Range(0, first.Length).Select(_ => first.Next()).ToArray();
        Assert.Equal(order, Enumerable.Range(0, again.Length).Select(_ => again.Next()));
        Assert.Equal(Lab.CustomerIds.Order(), order.Order());
        Assert.NotEqual(Lab.CustomerIds, order);
    }

    [Fact]
    public async Task Reads_return_a_checksum_of_what_was_read()
    {
        var keys = new KeyCycle([1, 2]);
        var expected = Lab.Store.Read(1).LoyaltyPoints + Lab.Store.Read(2).LoyaltyPoints;
        Assert.Equal(expected, await keys.ReadAsync(Lab.Store, 2));
    }

    [Fact]
    public async Task A_cold_read_misses_every_time_round()
    {
        var origin = new CountingReader(Lab.Store);
        var cache = Lab.CreateCache(CacheTechnique.MemoryCache, origin);
        var keys = new KeyCycle([1, 2]);
        for (var i = 0; i < 4; i++) Assert.Equal(Lab.Store.Read(i % 2 + 1), await keys.ReadColdAsync(cache));
        Assert.Equal(4, origin.Calls);
    }
}
