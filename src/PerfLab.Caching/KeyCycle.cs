using PerfLab.Data.Domain;

namespace PerfLab.Caching;

/// <summary>
/// A precomputed key sequence read round and round: each benchmark invocation takes the next key, so no two
/// consecutive invocations read the same customer and nothing can be folded into a constant.
/// </summary>
public sealed class KeyCycle
{
    private readonly long[] _keys;
    private int _cursor;

    public KeyCycle(IReadOnlyList<long> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0) throw new ArgumentException("no keys", nameof(keys));
        _keys = keys.ToArray();
    }

    /// <summary>The keys in a seeded random order (neighbouring ids would be neighbouring database pages).</summary>
    public static KeyCycle Shuffled(IEnumerable<long> keys, int seed)
    {
        var shuffled = keys.ToArray();
        new Random(seed).Shuffle(shuffled);
        return new KeyCycle(shuffled);
    }

    public int Length => _keys.Length;

    public long Next()
    {
        var key = _keys[_cursor];
        _cursor = _cursor + 1 == _keys.Length ? 0 : _cursor + 1;
        return key;
    }

    /// <summary>Reads the next <paramref name="count"/> keys through <paramref name="reader"/>; returns a checksum of what was read.</summary>
    public async ValueTask<long> ReadAsync(ICustomerReader reader, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long checksum = 0;
        for (var i = 0; i < count; i++)
        {
            Customer customer = await reader.GetAsync(Next(), cancellationToken).ConfigureAwait(false);
            checksum += customer.LoyaltyPoints;
        }
        return checksum;
    }

    /// <summary>A cold read: read the next key, then forget it so it is cold again next time round.</summary>
    public async ValueTask<Customer> ReadColdAsync(ICustomerCache cache, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var id = Next();
        var customer = await cache.GetAsync(id, cancellationToken).ConfigureAwait(false);
        await cache.RemoveAsync(id, cancellationToken).ConfigureAwait(false);
        return customer;
    }
}
