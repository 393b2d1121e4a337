using PerfLab.Data.Generation;

namespace PerfLab.Caching;

/// <summary>How the caching benchmarks read through a rotating key sequence.</summary>
public static class KeyCycleReads
{
    /// <summary>Reads the next <paramref name="count"/> keys through <paramref name="reader"/>; returns a checksum of what was read.</summary>
    public static async ValueTask<long> ReadAsync(this KeyCycle<long> keys, ICustomerReader reader, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long checksum = 0;
        for (var i = 0; i < count; i++)
        {
            Customer customer = await reader.GetAsync(keys.Next(), cancellationToken).ConfigureAwait(false);
            checksum += customer.LoyaltyPoints;
        }
        return checksum;
    }

    /// <summary>
    /// Reads the next <paramref name="count"/> keys concurrently: every read is issued before any is awaited, so a
    /// networked cache can pipeline them (StackExchange.Redis writes them back to back on one connection). Returns a
    /// checksum of what was read.
    /// </summary>
    public static async Task<long> ReadConcurrentlyAsync(this KeyCycle<long> keys, ICustomerReader reader, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var reads = new Task<Customer>[count];
        for (var i = 0; i < count; i++) reads[i] = reader.GetAsync(keys.Next(), cancellationToken).AsTask();
        long checksum = 0;
        foreach (var customer in await Task.WhenAll(reads).ConfigureAwait(false)) checksum += customer.LoyaltyPoints;
        return checksum;
    }

    /// <summary>A cold read: read the next key, then forget it so it is cold again next time round.</summary>
    public static async ValueTask<Customer> ReadColdAsync(this KeyCycle<long> keys, ICustomerCache cache, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var id = keys.Next();
        var customer = await cache.GetAsync(id, cancellationToken).ConfigureAwait(false);
        await cache.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
        return customer;
    }
}
