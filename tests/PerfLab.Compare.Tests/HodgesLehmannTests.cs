using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;
using PerfLab.Results.Estimation;

namespace PerfLab.Compare.Tests;

public class HodgesLehmannTests
{
    [Fact]
    public void Five_launches_per_side_give_the_textbook_rank_and_confidence()
    {
        // Exact U distribution for 5 + 5: P(U <= 2) = 4/252, P(U <= 3) = 7/252 > 0.025, so the ends are the 3rd pairwise differences.
        Assert.Equal(3, HodgesLehmann.CriticalCount(5, 5, 0.95));
        Assert.Equal(1 - 2 * 4.0 / 252, HodgesLehmann.AchievedConfidence(5, 5, 3), 12);
    }

    [Fact]
    public void Too_few_launches_admit_no_interval()
    {
        Assert.Equal(0, HodgesLehmann.CriticalCount(1, 1, 0.95));
        Assert.Equal(0, HodgesLehmann.CriticalCount(3, 3, 0.95));
        Assert.Equal(4, HodgesLehmann.MinimumLaunchesPerSide(0.95));
    }

    [Fact]
    public void Shift_estimate_is_the_median_of_pairwise_differences()
    {
        var differences = HodgesLehmann.PairwiseDifferences([1, 2], [4, 7], (y, x) => y - x);
        Assert.Equal([2, 3, 5, 6], differences);
        Assert.Equal(4, Quantiles.Median(differences));
    }

    [Fact]
    public void Interval_excludes_zero_exactly_when_Mann_Whitney_rejects()
    {
        // The interval is the inverted Mann-Whitney test: check the duality against Perfolizer's own test.
        var random = new Random(20261125);
        for (var trial = 0; trial < 200; trial++)
        {
            var x = Enumerable.Range(0, 5).Select(_ => 100 + random.NextDouble() * 10).ToArray();
            var shift = random.NextDouble() * 12 - 6;
            var y = Enumerable.Range(0, 6).Select(_ => 100 + shift + random.NextDouble() * 10).ToArray();

            var k = HodgesLehmann.CriticalCount(x.Length, y.Length, 0.95);
            var interval = HodgesLehmann.Interval(HodgesLehmann.PairwiseDifferences(x, y, (b, a) => b - a), k);
            var tail = 1 - (1 - HodgesLehmann.AchievedConfidence(x.Length, y.Length, k)) / 2;
            var pGreater = MannWhitneyTest.Instance.Perform(new Sample(x), new Sample(y), AlternativeHypothesis.Less, Threshold.Zero).PValue;
            var pLess = MannWhitneyTest.Instance.Perform(new Sample(x), new Sample(y), AlternativeHypothesis.Greater, Threshold.Zero).PValue;

            Assert.Equal(interval.Lower > 0, pGreater <= 1 - tail + 1e-12);
            Assert.Equal(interval.Upper < 0, pLess <= 1 - tail + 1e-12);
        }
    }
}
