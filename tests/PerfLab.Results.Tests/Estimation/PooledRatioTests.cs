using PerfLab.Results.Estimation;

namespace PerfLab.Results.Tests.Estimation;

public sealed class PooledRatioTests
{
    [Fact]
    public void A_ratio_is_pooled_from_the_rounds_both_cases_ran_in()
    {
        var technique = new Dictionary<int, double> { [1] = 20, [2] = 40, [3] = 21, [5] = 22 };
        var baseline = new Dictionary<int, double> { [1] = 10, [2] = 20, [3] = 10, [4] = 10 };

        var ratio = PooledRatio.Between(technique, baseline)!;

        // Round 2 ran twice as slow for both: within the round the ratio is still 2. Rounds 4 and 5 have one side only.
        Assert.Equal([2.0, 2.0, 2.1], ratio.RoundRatios);
        Assert.Equal(2.0, ratio.Estimate);
        Assert.False(ratio.IsTie);
        Assert.True(ratio.IsAboveOne);
    }

    [Fact]
    public void Processes_slowed_in_different_rounds_leave_the_estimate_where_the_undisturbed_ones_put_it()
    {
        // The technique takes 2× the baseline. In rounds 2 and 4 its process ran 1.6× slow, in rounds 1, 3 and 5 the
        // baseline's ran 1.5× slow: the lab's machines slow a process for its whole life, never speed it up.
        var technique = new Dictionary<int, double> { [1] = 200, [2] = 320, [3] = 200, [4] = 320, [5] = 200 };
        var baseline = new Dictionary<int, double> { [1] = 150, [2] = 100, [3] = 150, [4] = 100, [5] = 150 };

        var ratio = PooledRatio.Between(technique, baseline)!;

        Assert.Equal(2.0, ratio.Estimate);
        // The median of the round ratios lands where the slowed rounds put it: 1.33, not 2.
        Assert.Equal(200 / 150.0, Quantiles.MedianOf(ratio.RoundRatios), 12);
        Assert.True(ratio.IsAboveOne);
    }

    [Fact]
    public void Whether_one_is_faster_is_decided_round_by_round()
    {
        // Best ÷ best says 0.8, but in round 3 the technique was the slower one: the rounds do not establish it.
        var technique = new Dictionary<int, double> { [1] = 80, [2] = 90, [3] = 130 };
        var baseline = new Dictionary<int, double> { [1] = 100, [2] = 110, [3] = 120 };

        var ratio = PooledRatio.Between(technique, baseline)!;

        Assert.Equal(0.8, ratio.Estimate, 12);
        Assert.True(ratio.IsTie);
        Assert.False(ratio.IsBelowOne);
    }

    [Fact]
    public void The_interval_always_holds_the_estimate()
    {
        // Up to 8 rounds the interval is [min, max] of the round ratios, which holds best ÷ best; from 9 on it narrows
        // and is widened to hold it. Random round values of every count from 2 to 30, with a fixed seed.
        var random = new Random(20261205);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var rounds = 2 + trial % 29;
            var technique = Enumerable.Range(1, rounds).ToDictionary(r => r, _ => 1 + 3 * random.NextDouble());
            var baseline = Enumerable.Range(1, rounds).ToDictionary(r => r, _ => 1 + 3 * random.NextDouble());

            var ratio = PooledRatio.Between(technique, baseline)!;

            Assert.Equal(technique.Values.Min() / baseline.Values.Min(), ratio.Estimate, 12);
            Assert.True(ratio.Interval!.Contains(ratio.Estimate), $"{rounds} rounds: {ratio.Estimate} outside [{ratio.Interval.Lower}, {ratio.Interval.Upper}]");
            Assert.InRange(ratio.Estimate, ratio.RoundRatios.Min(), ratio.RoundRatios.Max());
        }
    }

    [Fact]
    public void No_shared_round_gives_no_ratio() =>
        Assert.Null(PooledRatio.Between(new Dictionary<int, double> { [1] = 1 }, new Dictionary<int, double> { [2] = 1 }));
}
