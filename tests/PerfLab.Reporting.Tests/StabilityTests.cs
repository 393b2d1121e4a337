using PerfLab.Reporting.Exports;
using PerfLab.Reporting.Reports;

namespace PerfLab.Reporting.Tests;

public sealed class StabilityTests
{
    private static BenchmarkStatistics Statistics(double[] values, double margin)
    {
        var sorted = values.Order().ToArray();
        var mean = values.Average();
        return new BenchmarkStatistics(values.Length, sorted[0], 0, sorted[values.Length / 2], mean, 0, sorted[^1], 0, 0,
            new ConfidenceInterval(0.999, margin, mean - margin, mean + margin), values);
    }

    private static readonly double[] Tight = [100, 101, 99, 100, 102, 98, 100, 101, 99, 100, 100, 101, 99, 100, 100];

    [Fact]
    public void Tight_unimodal_iterations_without_a_second_run_are_stable()
    {
        var stability = Stability.Of(Statistics(Tight, margin: 1), movement: null);
        Assert.True(stability.IsAssessed);
        Assert.True(stability.IsStable);
        Assert.Empty(stability.Reasons);
    }

    [Fact]
    public void Two_modes_are_bimodal()
    {
        double[] twoModes = [100, 101, 99, 100, 102, 200, 201, 199, 200, 202, 100, 201, 99, 200, 101, 199];
        var stability = Stability.Of(Statistics(twoModes, margin: 1), movement: null);
        Assert.True(stability.MValue >= Stability.BimodalMValue, $"mvalue {stability.MValue}");
        Assert.False(stability.IsStable);
        Assert.StartsWith("bimodal (mvalue ", Assert.Single(stability.Reasons));
    }

    [Fact]
    public void An_interval_wider_than_the_threshold_is_flagged_with_its_width()
    {
        var stability = Stability.Of(Statistics(Tight, margin: 14), movement: null);
        Assert.True(stability.IsWide);
        Assert.Equal(["CI ±14% of the mean"], stability.Reasons);
    }

    [Theory]
    [InlineData(0.38, false, "moved +38% in the other run")]
    [InlineData(-0.44, false, "moved −44% in the other run")]
    [InlineData(0.08, true, null)]
    [InlineData(-0.1, true, null)]
    public void A_move_beyond_the_threshold_in_the_second_run_is_flagged(double movement, bool stable, string? reason)
    {
        var stability = Stability.Of(Statistics(Tight, margin: 1), movement);
        Assert.Equal(stable, stability.IsStable);
        Assert.Equal(reason is null ? [] : [reason], stability.Reasons);
    }

    [Fact]
    public void A_dry_run_is_not_assessed()
    {
        var stability = Stability.Of(Statistics([100, 250], margin: double.NaN), movement: 0.5);
        Assert.False(stability.IsAssessed);
        Assert.True(stability.IsStable);
    }

    [Theory]
    [InlineData(0.0004, true, "0%")]
    [InlineData(-0.0004, true, "0%")]
    [InlineData(0.054, true, "+5.4%")]
    [InlineData(-0.38, true, "−38%")]
    [InlineData(0.1, false, "10%")]
    public void Percent_is_signed_unless_it_rounds_to_zero(double fraction, bool signed, string expected) =>
        Assert.Equal(expected, Stability.Percent(fraction, signed));
}
