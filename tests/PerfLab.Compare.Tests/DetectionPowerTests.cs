namespace PerfLab.Compare.Tests;

public class DetectionPowerTests
{
    // Six rounds a side, about 1% apart: an A/A pair of quiet benchmarks.
    private static readonly double[] Quiet = [100, 101, 99, 100.5, 99.5, 100.2];
    private static readonly double[] QuietAgain = [100.4, 99.2, 100.9, 99.8, 100.1, 99.6];

    [Fact]
    public void An_AA_pair_raises_no_alarm_and_an_injected_slowdown_well_past_the_threshold_is_detected()
    {
        var (baseSide, diffSide) = Sides(("A", Quiet, QuietAgain), ("B", QuietAgain, Quiet));

        var rows = DetectionPower.Measure(baseSide, diffSide, ComparePolicy.Default, [0, 0.30]);

        Assert.Equal(new PowerRow(0, 2, Slower: 0, Faster: 0, Same: 2, Inconclusive: 0), rows[0]);
        Assert.Equal(2, rows[1].Slower);
        Assert.Equal(0.30, DetectionPower.SmallestDetected(rows, PowerCommand.Reliable));
    }

    [Fact]
    public void The_injected_shift_multiplies_the_diff_side_only()
    {
        var (baseSide, diffSide) = Sides(("A", Quiet, Quiet));

        var rows = DetectionPower.Measure(baseSide, diffSide, ComparePolicy.Default with { Threshold = 0.05 }, [0.50]);

        // Identical rounds, diff made 50% slower: the estimate is exactly the injected ratio, so it is flagged slower.
        Assert.Equal(1, rows[0].Slower);
    }

    [Fact]
    public void Benchmarks_in_only_one_run_are_left_out_and_none_in_common_is_bad_input()
    {
        var (baseSide, _) = Sides(("A", Quiet, Quiet));
        var (_, other) = Sides(("B", Quiet, Quiet));

        Assert.Throws<BadInputException>(() => DetectionPower.Measure(baseSide, other, ComparePolicy.Default, [0]));
    }

    private static (RunSide Base, RunSide Diff) Sides(params (string Name, double[] Base, double[] Diff)[] benchmarks)
    {
        static SideBenchmark Benchmark(string name, double[] values) =>
            new(name, "Group", false, values.Select((v, i) => new LaunchValue("export", i, v)).ToArray(), []);
        return (new RunSide("base", [], benchmarks.Select(b => Benchmark(b.Name, b.Base)).ToArray()),
                new RunSide("diff", [], benchmarks.Select(b => Benchmark(b.Name, b.Diff)).ToArray()));
    }
}
