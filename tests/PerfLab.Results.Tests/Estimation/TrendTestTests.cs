using PerfLab.Results.Estimation;

namespace PerfLab.Results.Tests.Estimation;

public sealed class TrendTestTests
{
    /// <summary>Seeded noise: ±<paramref name="amplitude"/> around 1, uniformly.</summary>
    private static double[] Noise(int n, double amplitude, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => 1 + amplitude * (2 * random.NextDouble() - 1)).ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_series_that_speeds_up_over_its_first_half_is_a_trend(int seed)
    {
        // 20 iterations: the first 10 fall from 2× to 1× (tiering still at work), the last 10 are flat; ±3% noise throughout.
        var noise = Noise(20, 0.03, seed);
        var series = noise.Select((x, i) => 100 * x * (i < 10 ? 2 - i / 10.0 : 1)).ToArray();

        var trend = TrendTest.Of(series)!;

        Assert.True(trend.IsTrend, $"z {trend.Z}, change {trend.RelativeChange}");
        Assert.True(trend.RelativeChange < -TrendTest.MinimumChange);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_flat_noisy_series_is_not(int seed)
    {
        var series = Noise(20, 0.10, seed).Select(x => 100 * x).ToArray();

        Assert.False(TrendTest.Of(series)!.IsTrend);
    }

    [Fact]
    public void A_significant_but_tiny_drift_is_not_a_trend()
    {
        // Falls by 1% over 30 quiet iterations: Mann-Kendall sees it, it does not matter.
        var series = Enumerable.Range(0, 30).Select(i => 100 - i / 30.0).ToArray();

        var trend = TrendTest.Of(series)!;

        Assert.True(Math.Abs(trend.Z) > TrendTest.CriticalZ);
        Assert.False(trend.IsTrend);
    }

    [Fact]
    public void Short_series_are_not_assessed() => Assert.Null(TrendTest.Of([3, 2, 1, 1, 1, 1, 1]));
}
