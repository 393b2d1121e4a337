using Microsoft.Extensions.Time.Testing;
using PerfLab.Caching;
using PerfLab.Data.Domain;
using PerfLab.Data.Sqlite;

namespace PerfLab.Caching.Tests;

public sealed class WritePolicyTests : LabTest
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new();

    private Customer Changed(long id) => Lab.Store.Read(id) with { LoyaltyPoints = 123_456 };

    /// <summary>
    /// A write rewrites only the column that changed: a trigger that fires when any other column is assigned (SQLite's
    /// <c>UPDATE OF</c> list) aborts it. Rewriting all of them also rewrote the uniquely indexed Email.
    /// </summary>
    [Fact]
    public void The_store_writes_only_the_changed_column()
    {
        var unchanged = CommerceTables.Customers.Columns.Where(c => c is not ("Id" or nameof(Customer.LoyaltyPoints)));
        using (var connection = Lab.Database.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE TRIGGER OnlyChangedColumns BEFORE UPDATE OF {string.Join(", ", unchanged)} ON Customers " +
                                  "BEGIN SELECT RAISE(ABORT, 'an unchanged column was written'); END";
            command.ExecuteNonQuery();
        }
        var written = Changed(9);

        Lab.Store.UpdateLoyaltyPoints(written);

        Assert.Equal(written, Lab.Store.Read(9));
    }

    [Fact]
    public async Task Write_through_serves_the_written_value_at_once()
    {
        var cache = Lab.CreateWritePolicyCache(WritePolicy.WriteThrough, _clock, TimeToLive);
        await cache.GetAsync(9);
        var written = Changed(9);
        await cache.UpdateLoyaltyPointsAsync(written);
        Assert.Same(written, await cache.GetAsync(9));
        Assert.Equal(written, Lab.Store.Read(9));
    }

    [Fact]
    public async Task Invalidate_on_write_drops_the_entry_whoever_writes()
    {
        var cache = Lab.CreateWritePolicyCache(WritePolicy.InvalidateOnWrite, _clock, TimeToLive);
        await cache.GetAsync(9);
        var written = Changed(9);
        // Written straight to the store, not through the cache: the store's change event still reaches it.
        Lab.Store.UpdateLoyaltyPoints(written);
        Assert.Equal(written, await cache.GetAsync(9));
    }

    [Fact]
    public async Task Invalidate_on_write_stops_listening_when_disposed()
    {
        var cache = Lab.CreateWritePolicyCache(WritePolicy.InvalidateOnWrite, _clock, TimeToLive);
        var original = await cache.GetAsync(9);
        cache.Dispose();
        Lab.Store.UpdateLoyaltyPoints(Changed(9));
        Assert.Equal(original, await cache.GetAsync(9));
    }

    [Fact]
    public async Task Ttl_only_serves_the_stale_value_until_the_entry_expires()
    {
        var cache = Lab.CreateWritePolicyCache(WritePolicy.TtlOnly, _clock, TimeToLive);
        var original = await cache.GetAsync(9);
        var written = Changed(9);
        await cache.UpdateLoyaltyPointsAsync(written);
        Assert.Equal(original, await cache.GetAsync(9));
        _clock.Advance(TimeToLive);
        Assert.Equal(written, await cache.GetAsync(9));
    }

    [Fact]
    public async Task Versioned_keys_read_the_written_value_after_a_write()
    {
        var cache = Lab.CreateVersionedKeyCache(_clock, TimeToLive);
        await cache.GetAsync(9);
        var written = Changed(9);
        await cache.UpdateLoyaltyPointsAsync(written);
        Assert.Equal(written, await cache.GetAsync(9));
        Assert.Equal(written, Lab.Store.Read(9));
    }
}

public sealed class ReadWriteMixTests : LabTest
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(1);

    // Times are after each step's advance. Customer 0 is cached at 0.4 s (expires 1.4 s) and written at 0.8 s:
    // the read at 1.2 s is stale under TTL-only, the one at 1.6 s reloads. Customer 1 is never written.
    private static readonly MixOperation[] Script =
    [
        new(0, IsWrite: false), // 0.4 s: miss, load
        new(0, IsWrite: true),  // 0.8 s: write
        new(0, IsWrite: false), // 1.2 s: TTL-only serves the entry cached at 0.4 s
        new(0, IsWrite: false), // 1.6 s: expired at 1.4 s, reloads the written value
        new(1, IsWrite: false), // 2.0 s: miss, load
        new(1, IsWrite: false), // 2.4 s: hit
    ];

    private ReadWriteMix NewMix() => new(Lab.ReadCustomers([1, 2]), Script, Step);

    [Theory]
    [InlineData(WritePolicy.TtlOnly, 1)]
    [InlineData(WritePolicy.WriteThrough, 0)]
    [InlineData(WritePolicy.InvalidateOnWrite, 0)]
    public async Task Counts_the_stale_reads_each_policy_serves(WritePolicy policy, int expectedStale)
    {
        var mix = NewMix();
        await mix.RunAsync(Lab.CreateWritePolicyCache(policy, mix.Clock, TimeToLive), Script.Length);
        Assert.Equal((5, expectedStale, 1), (mix.Reads, mix.StaleReads, mix.Writes));
    }

    [Fact]
    public async Task Versioned_keys_and_the_uncached_store_serve_no_stale_read()
    {
        var versioned = NewMix();
        await versioned.RunAsync(Lab.CreateVersionedKeyCache(versioned.Clock, TimeToLive), Script.Length);
        Assert.Equal(0, versioned.StaleReads);

        var uncached = NewMix();
        await uncached.RunAsync(Lab.Store, Script.Length);
        Assert.Equal((5, 0), (uncached.Reads, uncached.StaleReads));
    }

    [Fact]
    public async Task Wraps_around_the_script_and_keeps_counting()
    {
        var mix = NewMix();
        await mix.RunAsync(Lab.CreateWritePolicyCache(WritePolicy.TtlOnly, mix.Clock, TimeToLive), 2 * Script.Length);
        Assert.Equal((10, 2), (mix.Reads, mix.Writes));
    }

    [Fact]
    public async Task The_generated_mix_writes_one_operation_in_ten()
    {
        var mix = ReadWriteMix.Zipf(Lab.ReadCustomers(Lab.CustomerIds), operations: 1000, Step, seed: 1);
        await mix.RunAsync(Lab.Store, mix.ScriptLength);
        Assert.Equal((900, 100, 0), (mix.Reads, mix.Writes, mix.StaleReads));
    }
}
