using PerfLab.Caching;

namespace PerfLab.Caching.Tests;

public sealed class ZipfDistributionTests
{
    private readonly ZipfDistribution _zipf = new(1000, exponent: 1.0);

    [Fact]
    public void Shares_follow_the_harmonic_numbers()
    {
        var harmonic = Enumerable.Range(1, 1000).Sum(r => 1.0 / r);
        Assert.Equal(1 / harmonic, _zipf.ShareOfTop(1), precision: 12);
        Assert.Equal(1.5 / harmonic, _zipf.ShareOfTop(2), precision: 12);
        Assert.Equal(1.0, _zipf.ShareOfTop(1000), precision: 12);
        Assert.Equal(0.0, _zipf.ShareOfTop(0));
    }

    [Fact]
    public void A_stream_is_deterministic_and_draws_only_the_given_keys_with_the_expected_skew()
    {
        var keys = Enumerable.Range(1, 1000).Select(i => (long)i * 3).ToArray();
        var stream = _zipf.Stream(keys, 100_000, seed: 42);
        Assert.Equal(stream, _zipf.Stream(keys, 100_000, seed: 42));
        Assert.All(stream, key => Assert.Contains(key, keys));

        var hottestShare = stream.CountBy(k => k).Max(pair => pair.Value) / (double)stream.Length;
        Assert.InRange(hottestShare, _zipf.ShareOfTop(1) - 0.01, _zipf.ShareOfTop(1) + 0.01);
    }

    [Fact]
    public void A_stream_needs_one_key_per_rank()
    {
        Assert.Throws<ArgumentException>(() => _zipf.Stream([1, 2, 3], 10, seed: 1));
    }
}
