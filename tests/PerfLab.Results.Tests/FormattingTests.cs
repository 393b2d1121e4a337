using PerfLab.Results.Estimation;
using PerfLab.Tests.Shared;

namespace PerfLab.Results.Tests;

public sealed class FormattingTests
{
    [Theory]
    [InlineData(0.1234, "0.123 ns")]
    [InlineData(368.4123, "368.4 ns")]
    [InlineData(2152.3, "2.152 μs")]
    [InlineData(69_300.4, "69.30 μs")]
    [InlineData(1_500_000, "1.500 ms")]
    [InlineData(12_345_678_901, "12.35 s")]
    public void Times_get_a_unit_and_four_significant_digits(double nanoseconds, string expected) =>
        Assert.Equal(expected, Formatting.Time(nanoseconds));

    [Theory]
    [InlineData(100, "100 ns")]
    [InlineData(1000, "1 μs")]
    [InlineData(10_000_000, "10 ms")]
    public void Tick_labels_are_round_times(double nanoseconds, string expected) => Assert.Equal(expected, Formatting.TimeTick(nanoseconds));

    [Theory]
    [InlineData(0.4321, "0.43×")]
    [InlineData(4.8123, "4.81×")]
    [InlineData(12.44, "12.4×")]
    [InlineData(250.4, "250×")]
    [InlineData(0.0123, "0.0123×")]
    [InlineData(0.00123, "0.00123×")]
    public void Ratios_keep_three_significant_digits(double ratio, string expected) => Assert.Equal(expected, Formatting.Ratio(ratio));

    [Theory]
    [InlineData(0.0025, "2.500 ms")]
    [InlineData(59.4, "59.40 s")]
    [InlineData(500, "8.333 min")]
    [InlineData(7200, "2.000 h")]
    [InlineData(3 * 86400, "3.000 days")]
    [InlineData(500e6, "15.84 years")]
    [InlineData(5e12, "158,440 years")]
    public void Long_durations_run_from_the_page_units_to_years(double seconds, string expected) => Assert.Equal(expected, Formatting.LongDuration(seconds));

    [Theory]
    [InlineData(4e6, "4,000,000")]
    [InlineData(20, "20.00")]
    [InlineData(3.2, "3.200")]
    public void Rates_are_whole_from_a_hundred_up(double perSecond, string expected) => Assert.Equal(expected, Formatting.Rate(perSecond));

    [Fact]
    public void Bytes_are_exact() => Assert.Equal("40,056 B", Formatting.Bytes(40_056));

    [Theory]
    [InlineData("orm", "orm")]
    [InlineData("Fixture.Demo", "fixture.demo")]
    [InlineData("Query by id / EF Core", "query-by-id-ef-core")]
    [InlineData("***", "unnamed")]
    public void Slugs_are_file_name_safe(string name, string expected) => Assert.Equal(expected, Formatting.Slug(name));

    [Fact]
    public void A_pooled_ratio_reads_as_a_tie_when_its_interval_spans_one()
    {
        var clear = PooledRatio.Between(Rounds(20, 22, 24, 21, 23, 22), Rounds(10, 11, 12, 10, 11, 11))!;
        var tie = PooledRatio.Between(Rounds(9, 10, 12, 10, 11, 10), Rounds(10, 11, 9, 10, 10, 10))!;

        Assert.Equal("2.00× [2.00–2.10]", Formatting.PooledRatio(clear));
        Assert.StartsWith("tie: ", Formatting.PooledRatio(tie), StringComparison.Ordinal);
        Assert.Equal("2.00× [2.00–2.10; 87.5% coverage]", Formatting.PooledRatio(PooledRatio.Between(Rounds(20, 22, 24, 21), Rounds(10, 11, 12, 10))!));
        Assert.Equal("2.00× (1 round)", Formatting.PooledRatio(PooledRatio.Between(Rounds(20), Rounds(10))!));
    }

    private static Dictionary<int, double> Rounds(params double[] values) => values.Select((v, i) => (v, i)).ToDictionary(x => x.i + 1, x => x.v);

    [Theory]
    [InlineData("3200005", 3200005)]
    [InlineData("3,200,005", 3200005)]
    [InlineData("0.83", 0.83)]
    public void Metric_numbers_parse_with_or_without_thousands_separators(string text, double expected)
    {
        Assert.True(Formatting.TryParseNumber(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("SEARCH Customers USING INTEGER PRIMARY KEY (rowid=?)")]
    [InlineData("NaN")]
    public void Text_metrics_are_not_numbers(string text) => Assert.False(Formatting.TryParseNumber(text, out _));
}
