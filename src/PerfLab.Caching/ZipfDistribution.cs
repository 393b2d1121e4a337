namespace PerfLab.Caching;

/// <summary>
/// Zipf's law over <see cref="Count"/> keys: the key of popularity rank r (1-based) is drawn with probability
/// proportional to 1 / r^s. Real read traffic looks like this: a few hot keys and a long tail.
/// </summary>
public sealed class ZipfDistribution
{
    private readonly double[] _cumulative;

    public ZipfDistribution(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exponent);
        Count = count;
        Exponent = exponent;
        _cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 1; rank <= count; rank++)
        {
            sum += 1.0 / Math.Pow(rank, exponent);
            _cumulative[rank - 1] = sum;
        }
        for (var i = 0; i < count; i++) _cumulative[i] /= sum;
    }

    public int Count { get; }
    public double Exponent { get; }

    /// <summary>The share of draws that land on the <paramref name="top"/> most popular keys.</summary>
    public double ShareOfTop(int top) => top <= 0 ? 0 : _cumulative[Math.Min(top, Count) - 1];

    /// <summary>A 0-based popularity rank (0 = hottest).</summary>
    public int SampleRank(Random random) => Math.Min(FirstAtLeast(random.NextDouble()), Count - 1);

    /// <summary>
    /// A stream of <paramref name="length"/> keys drawn from <paramref name="keys"/>. Popularity ranks are assigned to
    /// the keys by a seeded shuffle, so the hot keys are scattered over the table rather than its first pages.
    /// </summary>
    public long[] Stream(IReadOnlyList<long> keys, int length, int seed)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count != Count) throw new ArgumentException($"expected {Count} keys, got {keys.Count}", nameof(keys));
        var random = new Random(seed);
        var byRank = keys.ToArray();
        random.Shuffle(byRank);
        var stream = new long[length];
        for (var i = 0; i < length; i++) stream[i] = byRank[SampleRank(random)];
        return stream;
    }

    private int FirstAtLeast(double share)
    {
        var index = Array.BinarySearch(_cumulative, share);
        return index >= 0 ? index : ~index;
    }
}
