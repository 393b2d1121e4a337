using PerfLab.Data.Generation;

namespace PerfLab.Orm;

/// <summary>
/// The keys a read benchmark visits: every key of a range in a fixed shuffled order, one per call, wrapping around.
/// Rotating over the whole table keeps SQLite's page cache honest and leaves EF Core nothing to answer from memory.
/// </summary>
public sealed class RotatingKeys
{
    private readonly long[] _keys;
    private int _next;

    public RotatingKeys(IEnumerable<long> keys, int seed = CommerceDataGenerator.DefaultSeed)
    {
        _keys = keys.ToArray();
        if (_keys.Length == 0) throw new ArgumentException("At least one key is needed.", nameof(keys));
        new Random(seed).Shuffle(_keys);
    }

    /// <summary>The keys <c>1..count</c> (ids of a generated table).</summary>
    public static RotatingKeys Ids(long count) => new(Enumerable.Range(1, checked((int)count)).Select(i => (long)i));

    public int Count => _keys.Length;

    public long Next()
    {
        var key = _keys[_next];
        _next = _next + 1 == _keys.Length ? 0 : _next + 1;
        return key;
    }
}
