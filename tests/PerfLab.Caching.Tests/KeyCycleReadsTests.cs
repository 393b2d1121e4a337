using PerfLab.Caching;
using PerfLab.Data.Generation;

namespace PerfLab.Caching.Tests;

public sealed class KeyCycleReadsTests : LabTest
{
    [Fact]
    public async Task Reads_return_a_checksum_of_what_was_read()
    {
        var keys = new KeyCycle<long>([1, 2]);
        var expected = Lab.Store.Read(1).LoyaltyPoints + Lab.Store.Read(2).LoyaltyPoints;
        Assert.Equal(expected, await keys.ReadAsync(Lab.Store, 2));
    }

    [Fact]
    public async Task A_cold_read_misses_every_time_round()
    {
        var origin = new CountingReader(Lab.Store);
        var cache = Lab.CreateCache(CacheTechnique.MemoryCache, origin);
        var keys = new KeyCycle<long>([1, 2]);
        for (var i = 0; i < 4; i++) Assert.Equal(Lab.Store.Read(i % 2 + 1), await keys.ReadColdAsync(cache));
        Assert.Equal(4, origin.Calls);
    }
}
