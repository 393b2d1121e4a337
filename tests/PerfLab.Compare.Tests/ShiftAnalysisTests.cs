namespace PerfLab.Compare.Tests;

public class ShiftAnalysisTests
{
    private static readonly ComparePolicy Policy = ComparePolicy.Default;

    // Five launches with about ±1% launch-to-launch spread around 1 µs.
    private static readonly double[] Quiet = [1000, 1004, 996, 1010, 992];

    // Five launches with about ±20% launch-to-launch spread around 1 µs.
    private static readonly double[] Noisy = [1000, 1200, 830, 1150, 900];

    private static double[] Scaled(double[] values, double factor) => values.Select(v => v * factor).ToArray();

    [Fact]
    public void Identical_runs_are_the_same()
    {
        var result = ShiftAnalysis.Analyze(Quiet, Quiet, Policy, Policy.NoiseFloorNanoseconds);
        Assert.Equal(Verdict.Same, result.Verdict);
        Assert.Equal(1.0, result.Ratio, 12);
        Assert.True(result.RatioInterval!.Value.Contains(1.0));
    }

    [Fact]
    public void A_clear_slowdown_beyond_the_threshold_is_slower()
    {
        var result = ShiftAnalysis.Analyze(Quiet, Scaled(Quiet, 1.2), Policy, Policy.NoiseFloorNanoseconds);
        Assert.Equal(Verdict.Slower, result.Verdict);
        Assert.Equal(1.2, result.Ratio, 2);
        Assert.True(result.RatioInterval!.Value.Contains(1.2));
        Assert.True(result.RatioInterval.Value.Lower > 1);
        Assert.Equal(200, result.Shift, 0);
    }

    [Fact]
    public void A_clear_speedup_beyond_the_threshold_is_faster()
    {
        var result = ShiftAnalysis.Analyze(Quiet, Scaled(Quiet, 0.8), Policy, Policy.NoiseFloorNanoseconds);
        Assert.Equal(Verdict.Faster, result.Verdict);
        Assert.True(result.RatioInterval!.Value.Upper < 1);
    }

    [Fact]
    public void A_real_shift_within_the_threshold_is_the_same()
    {
        var result = ShiftAnalysis.Analyze(Quiet, Scaled(Quiet, 1.04), Policy, Policy.NoiseFloorNanoseconds);
        Assert.Equal(Verdict.Same, result.Verdict);
        Assert.True(result.RatioInterval!.Value.Lower > 1, "the shift is real, only small");
    }

    [Fact]
    public void Launch_noise_larger_than_the_shift_is_inconclusive_and_says_what_it_could_detect()
    {
        var result = ShiftAnalysis.Analyze(Noisy, Scaled([950, 1180, 880, 1120, 1000], 1.05), Policy, Policy.NoiseFloorNanoseconds);
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.NotNull(result.MinimumDetectableShift);
        Assert.True(result.MinimumDetectableShift > Policy.Threshold, $"detectable shift {result.MinimumDetectableShift}");
    }

    [Fact]
    public void Quiet_launches_detect_small_shifts()
    {
        var result = ShiftAnalysis.Analyze(Quiet, Quiet, Policy, Policy.NoiseFloorNanoseconds);
        Assert.True(result.MinimumDetectableShift < 0.05, $"detectable shift {result.MinimumDetectableShift}");
    }

    [Fact]
    public void Even_a_large_ratio_from_single_launches_is_inconclusive()
    {
        var result = ShiftAnalysis.Analyze([1000], [1500], Policy, Policy.NoiseFloorNanoseconds);
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.Null(result.RatioInterval);
        Assert.Null(result.MinimumDetectableShift);
        Assert.Equal(1.5, result.Ratio, 12);
        Assert.Contains("at least 4 launches per side", result.Reason);
    }

    [Fact]
    public void A_large_relative_shift_under_the_noise_floor_is_the_same()
    {
        double[] tiny = [0.30, 0.31, 0.29, 0.30, 0.305];
        var result = ShiftAnalysis.Analyze(tiny, Scaled(tiny, 1.5), Policy, Policy.NoiseFloorNanoseconds);
        Assert.Equal(Verdict.Same, result.Verdict);
        Assert.Contains("noise floor", result.Reason);
    }

    [Fact]
    public void Without_a_noise_floor_the_same_tiny_shift_is_slower()
    {
        double[] tiny = [0.30, 0.31, 0.29, 0.30, 0.305];
        var result = ShiftAnalysis.Analyze(tiny, Scaled(tiny, 1.5), Policy, noiseFloor: null);
        Assert.Equal(Verdict.Slower, result.Verdict);
    }

    [Fact]
    public void A_wider_threshold_tolerates_the_slowdown()
    {
        var result = ShiftAnalysis.Analyze(Quiet, Scaled(Quiet, 1.2), Policy with { Threshold = 0.5 }, Policy.NoiseFloorNanoseconds);
        Assert.Equal(Verdict.Same, result.Verdict);
    }

    [Fact]
    public void Non_positive_values_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ShiftAnalysis.Analyze([0.0], [1.0], Policy, 1));
        Assert.Throws<ArgumentException>(() => ShiftAnalysis.Analyze([], [1.0], Policy, 1));
    }

    [Theory]
    [InlineData(0.03)]
    [InlineData(0.10)]
    [InlineData(0.20)]
    public void Unchanged_runs_are_flagged_no_more_often_than_the_interval_allows(double launchNoise)
    {
        // A/A with log-normal launch-to-launch noise, 5 + 5 launches: "slower" needs the interval above 1, which under
        // no change happens with probability P(U <= 2) = 4/252 (1.6%) whatever the noise; the threshold cuts it further.
        var rate = SlowerRate(launchNoise, shift: 0, trials: 1000, seed: 7);
        Assert.True(rate <= 0.03, $"false alarm rate {rate:P1} at {launchNoise:P0} launch noise");
    }

    [Fact]
    public void A_20_percent_slowdown_with_3_percent_launch_noise_is_nearly_always_caught()
    {
        var rate = SlowerRate(launchNoise: 0.03, shift: 0.20, trials: 1000, seed: 11);
        Assert.True(rate >= 0.95, $"detection rate {rate:P1}");
    }

    private static double SlowerRate(double launchNoise, double shift, int trials, int seed)
    {
        var random = new Random(seed);
        double Launch(double center) =>
            center * Math.Exp(launchNoise * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        var slower = 0;
        for (var trial = 0; trial < trials; trial++)
        {
            var baseLaunches = Enumerable.Range(0, 5).Select(_ => Launch(1000)).ToArray();
            var diffLaunches = Enumerable.Range(0, 5).Select(_ => Launch(1000 * (1 + shift))).ToArray();
            if (ShiftAnalysis.Analyze(baseLaunches, diffLaunches, Policy, Policy.NoiseFloorNanoseconds).Verdict == Verdict.Slower) slower++;
        }
        return (double)slower / trials;
    }
}
