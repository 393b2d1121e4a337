using PerfLab.Results.Estimation;

namespace PerfLab.Results.Tests.Estimation;

public sealed class MedianIntervalTests
{
    [Theory]
    // Fewer than 6 values: [min, max] with its true coverage 1 − 2·0.5^n, below 95%.
    [InlineData(2, 0.5)]
    [InlineData(3, 0.75)]
    [InlineData(4, 0.875)]
    [InlineData(5, 0.9375)]
    // Six: [min, max] reaches 96.9%.
    [InlineData(6, 0.96875)]
    public void Few_values_give_min_to_max_with_its_exact_coverage(int n, double coverage)
    {
        var values = Enumerable.Range(1, n).Select(i => (double)i).Reverse().ToArray();

        var interval = MedianInterval.Of(values)!;

        Assert.Equal(1, interval.Lower);
        Assert.Equal(n, interval.Upper);
        Assert.Equal(coverage, interval.Coverage, 12);
        Assert.Equal(n >= 6, interval.MeetsTarget);
    }

    [Fact]
    public void More_values_narrow_to_the_widest_order_statistics_still_covering_95_percent()
    {
        var values = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();

        var interval = MedianInterval.Of(values)!;

        // n = 20: k = 6, [x(6), x(15)], coverage 1 − 2·P(B ≤ 5) = 95.86%; k = 7 would give 88.5%.
        Assert.Equal(6, interval.Lower);
        Assert.Equal(15, interval.Upper);
        Assert.Equal(1 - 2 * 21700 / 1048576.0, interval.Coverage, 12);
        Assert.True(MedianInterval.CoverageOf(20, 7) < MedianInterval.TargetCoverage);
    }

    [Fact]
    public void One_value_has_no_interval() => Assert.Null(MedianInterval.Of([3.0]));
}
