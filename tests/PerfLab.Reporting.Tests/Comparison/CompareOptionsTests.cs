using PerfLab.Reporting.Compare;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Tests.Compare;

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
        Assert.Contains("--threshold", Assert.Throws<ReportInputException>(() => CompareCommand.ParseThreshold(text)).Message);

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
        Assert.Contains("--noise", Assert.Throws<ReportInputException>(() => CompareCommand.ParseNoise(text)).Message);

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
