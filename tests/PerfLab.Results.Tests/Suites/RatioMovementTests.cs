using PerfLab.Results.Estimation;
using PerfLab.Results.Suites;

namespace PerfLab.Results.Tests.Suites;

/// <summary>What a reader concludes from a ratio in each run, and when the two runs disagree.</summary>
public sealed class RatioMovementTests
{
    private static PooledRatio Ratio(double median, double lower, double upper) => new([median], median, new MedianInterval(lower, upper, 0.938));

    [Theory]
    [InlineData(1.14, 1.03, 1.85, 1.02, 0.70, 1.16, true)] // above 1 -> tie
    [InlineData(1.06, 0.92, 1.50, 1.58, 0.93, 2.28, false)] // a tie both times: a 49% movement, the same conclusion
    [InlineData(0.26, 0.14, 0.40, 0.23, 0.16, 0.39, false)] // below 1 both times
    [InlineData(0.80, 0.70, 0.90, 1.20, 1.10, 1.30, true)] // below 1 -> above 1
    public void A_verdict_changes_when_the_intervals_put_the_ratio_on_another_side_of_one(
        double published, double publishedLower, double publishedUpper, double reproduced, double reproducedLower, double reproducedUpper, bool changed)
    {
        var movement = new RatioMovement("s", "c", "", "t", Ratio(published, publishedLower, publishedUpper), Ratio(reproduced, reproducedLower, reproducedUpper));

        Assert.Equal(changed, movement.VerdictChanged);
        Assert.Equal(changed ? 1 : 0, new Reproducibility([movement]).VerdictsChanged);
    }

    [Fact]
    public void Without_an_interval_there_is_no_verdict()
    {
        var movement = new RatioMovement("s", "c", "", "t", new PooledRatio([1.5], 1.5, null), Ratio(1.4, 1.2, 1.6));

        Assert.Null(movement.VerdictChanged);
        Assert.Equal(0, new Reproducibility([movement]).VerdictsChanged);
    }
}
