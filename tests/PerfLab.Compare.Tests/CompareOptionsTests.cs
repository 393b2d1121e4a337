namespace PerfLab.Compare.Tests;

public class CompareOptionsTests
{
    [Theory]
    [InlineData("10%", 0.10)]
    [InlineData("10", 0.10)]
    [InlineData(" 2.5 % ", 0.025)]
    public void Threshold_is_a_percentage(string text, double expected) => Assert.Equal(expected, CompareCommand.ParseThreshold(text), 12);

    [Theory]
    [InlineData("abc")]
    [InlineData("0%")]
    [InlineData("-5%")]
    [InlineData("")]
    public void Bad_thresholds_are_input_errors(string text) =>
        Assert.Contains("--threshold", Assert.Throws<BadInputException>(() => CompareCommand.ParseThreshold(text)).Message);

    [Theory]
    [InlineData("1ns", 1)]
    [InlineData("1", 1)]
    [InlineData("0.5us", 500)]
    [InlineData("0.5μs", 500)]
    [InlineData("2ms", 2e6)]
    [InlineData("1s", 1e9)]
    [InlineData("0ns", 0)]
    public void Noise_floor_is_a_time(string text, double nanoseconds) => Assert.Equal(nanoseconds, CompareCommand.ParseNoise(text), 9);

    [Theory]
    [InlineData("fast")]
    [InlineData("-1ns")]
    [InlineData("1 parsec")]
    public void Bad_noise_floors_are_input_errors(string text) =>
        Assert.Contains("--noise", Assert.Throws<BadInputException>(() => CompareCommand.ParseNoise(text)).Message);

    [Fact]
    public void The_options_default_to_the_default_policy()
    {
        // compare, power and perflab ab declare --threshold and --noise through these: ComparePolicy.Default is the one place of 10% and 1 ns.
        var threshold = CompareCommand.ThresholdOption("t");
        var noise = CompareCommand.NoiseOption("n");
        var parsed = new System.CommandLine.RootCommand { threshold, noise }.Parse([]);

        Assert.Equal(("10%", "1ns"), (parsed.GetValue(threshold), parsed.GetValue(noise)));
        Assert.Equal(ComparePolicy.Default, CompareCommand.Policy(parsed.GetValue(threshold)!, parsed.GetValue(noise)!));
    }

    [Fact]
    public void A_policy_takes_the_given_threshold_and_noise_floor()
    {
        Assert.Equal(ComparePolicy.Default with { Threshold = 0.05, NoiseFloorNanoseconds = 500 }, CompareCommand.Policy("5%", "0.5us"));
    }

    [Fact]
    public void Filters_are_case_insensitive_globs_on_the_full_name()
    {
        var filter = RunComparer.NameFilter(["*.sum_loop(*", "Exact.Name"]);
        Assert.True(filter("Ns.Type.Sum_Loop(N: 1000)"));
        Assert.True(filter("Exact.Name"));
        Assert.False(filter("Ns.Type.Sum_Scaled(N: 1000)"));
        Assert.False(filter("Exact.Names"));
        Assert.True(RunComparer.NameFilter([])("anything"));
    }
}
