namespace PerfLab.Data.Generation;

/// <summary>
/// Precomputed keys handed out in turn, one per benchmark invocation, wrapping around: consecutive invocations never
/// read the same row (nothing answered from a just-warmed page, a cached result or EF Core's identity map), and
/// choosing the key costs one array read. Every suite rotates its keys with this one type.
/// </summary>
public sealed class KeyCycle<T>
{
    private readonly T[] _keys;
    private int _next;
    private uint _concurrent = uint.MaxValue;

    public KeyCycle(IEnumerable<T> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys.ToArray();
        if (_keys.Length == 0) throw new ArgumentException("A key cycle needs at least one key.", nameof(keys));
    }

    public int Length => _keys.Length;

    public T Next()
    {
        var key = _keys[_next];
        _next = _next + 1 == _keys.Length ? 0 : _next + 1;
        return key;
    }

    /// <summary>
    /// <see cref="Next"/> for callers on many threads at once (a load's concurrent requests): the same order, each key
    /// handed to one caller, at the price of an interlocked increment.
    /// </summary>
    public T NextConcurrent() => _keys[Interlocked.Increment(ref _concurrent) % (uint)_keys.Length];
}

public static class KeyCycle
{
    /// <summary>The keys in a seeded random order (neighbouring ids would be neighbouring database pages).</summary>
    public static KeyCycle<T> Shuffled<T>(IEnumerable<T> keys, int seed = CommerceDataGenerator.DefaultSeed)
    {
        var shuffled = keys.ToArray();
        new Random(seed).Shuffle(shuffled);
        return new KeyCycle<T>(shuffled);
    }

    /// <summary>The ids <c>1..count</c> of a generated table, shuffled: rotating over the whole table.</summary>
    public static KeyCycle<long> ShuffledIds(long count, int seed = CommerceDataGenerator.DefaultSeed) =>
        Shuffled(Enumerable.Range(1, checked((int)count)).Select(i => (long)i), seed);
}
