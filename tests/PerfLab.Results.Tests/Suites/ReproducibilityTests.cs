using PerfLab.Results.Estimation;
using PerfLab.Results.Suites;

namespace PerfLab.Results.Tests.Suites;

/// <summary>The goals a pair of runs is judged by, with the machine-sensitive exemption from the max.</summary>
public sealed class ReproducibilityTests
{
    private static RatioMovement Moved(double movement, bool machineSensitive = false) =>
        new("demo", "Demo.Comparison", "", $"T{movement}", new PooledRatio([1.0], 1.0, null), new PooledRatio([1 + movement], 1 + movement, null), machineSensitive);

    /// <summary>Ten ratios whose median and p90 meet the goals, and one more that moved <paramref name="last"/>.</summary>
    private static RatioMovement[] Ratios(double last, bool lastMachineSensitive, int others = 9) =>
        [.. Enumerable.Range(0, others).Select(_ => Moved(0.02)), Moved(last, lastMachineSensitive)];

    [Fact]
    public void A_machine_sensitive_ratio_one_in_ten_is_left_out_of_the_max_only()
    {
        var r = new Reproducibility(Ratios(1.2, lastMachineSensitive: true));

        Assert.Equal(1.2, r.Max, 9);
        Assert.Single(r.ExemptFromMax);
        Assert.Equal(0.02, r.JudgedMax, 9);
        Assert.True(r.MeetsGoals);
    }

    [Fact]
    public void The_same_movement_on_a_ratio_that_is_not_machine_sensitive_misses_the_goal()
    {
        var r = new Reproducibility(Ratios(1.2, lastMachineSensitive: false));

        Assert.Empty(r.ExemptFromMax);
        Assert.False(r.MeetsGoals);
    }

    [Fact]
    public void More_than_one_machine_sensitive_ratio_in_ten_exempts_none()
    {
        var r = new Reproducibility(Ratios(1.2, lastMachineSensitive: true, others: 8));

        Assert.Empty(r.ExemptFromMax);
        Assert.Equal(1.2, r.JudgedMax, 9);
        Assert.False(r.MeetsGoals);
    }

    [Fact]
    public void The_exemption_never_excuses_the_median_or_the_p90()
    {
        // Every ratio machine-sensitive is more than one in ten: nothing exempt, and the median is judged anyway.
        var r = new Reproducibility([Moved(0.5, machineSensitive: true), .. Enumerable.Range(0, 9).Select(_ => Moved(0.08))]);

        Assert.Single(r.ExemptFromMax);
        Assert.False(r.MeetsGoals); // median 8% > 5%
    }
}
