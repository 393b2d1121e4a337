using PerfLab.Reporting.Sections;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;

namespace PerfLab.Reporting.Tests;

public sealed class LinkBreakEvenTests
{
    private static Row CodecRow(string method, long? wireBytes, double nanoseconds, bool baseline = false, double? ratio = null)
    {
        var metrics = new Dictionary<string, string>();
        if (wireBytes is not null) metrics[LinkBreakEven.WireBytesMetric] = wireBytes.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var benchmark = new BenchmarkResult($"Lab.CompressionBenchmarks.{method}", $"CompressionBenchmarks.{method}: LabResults", "Lab", "CompressionBenchmarks",
            method, method, [], ["Api.Compression"], baseline, metrics, null, null, []);
        var pooled = ratio is null ? null : new PerfLab.Results.Estimation.PooledRatio([ratio.Value], ratio.Value, null);
        return new Row(benchmark, baseline, new Dictionary<int, double> { [1] = nanoseconds }, nanoseconds, pooled, null, Steadiness.NotAssessed, 10);
    }

    private static Comparison Of(params Row[] rows) =>
        new("Api.Compression", "apicompression", true, [new CaseGroup([], rows, rows.FirstOrDefault(r => r.IsBaseline))], []);

    [Fact]
    public void Bytes_saved_over_extra_time_is_the_link_speed_below_which_compression_wins()
    {
        var section = new LinkBreakEven().UnderComparison(Of(
            CodecRow("Get_Identity", 4_000, 100_000, baseline: true),
            CodecRow("Get_Gzip", 1_500, 150_000),
            CodecRow("Get_Faster", 1_000, 90_000),
            CodecRow("Get_Bigger", 4_100, 120_000)));
        var lines = section.Markdown.Split('\n');

        // 2,500 bytes = 20,000 bits saved for 50 µs: 400 Mbit/s.
        Assert.Contains("| Get_Gzip |  | 1,500 B | 2,500 B | 50.00 μs | 400.0 Mbit/s |", lines);
        Assert.Contains("| Get_Faster |  | 1,000 B | 3,000 B | −10.00 μs | any link (no slower here) |", lines);
        Assert.Contains("| Get_Bigger |  | 4,100 B | -100 B | 20.00 μs | never (nothing saved) |", lines);
        Assert.Equal([LinkBreakEven.WireBytesMetric], section.ShownMetrics);
    }

    [Fact]
    public void The_extra_time_is_the_pooled_ratio_over_the_baseline_not_the_difference_of_two_medians()
    {
        // Medians 10 µs apart, but the rounds' ratio says a quarter more: 25 µs extra for 2,000 bytes = 640 Mbit/s.
        var section = new LinkBreakEven().UnderComparison(Of(
            CodecRow("Get_Identity", 3_000, 100_000, baseline: true),
            CodecRow("Get_Brotli", 1_000, 110_000, ratio: 1.25)));

        Assert.Contains("| Get_Brotli |  | 1,000 B | 2,000 B | 25.00 μs | 640.0 Mbit/s |", section.Markdown.Split('\n'));
    }

    [Fact]
    public void A_comparison_without_the_metric_on_every_row_or_without_a_baseline_gets_nothing()
    {
        Assert.Same(SectionText.None, new LinkBreakEven().UnderComparison(Of(CodecRow("Get_Identity", 4_000, 1e5, baseline: true), CodecRow("Get_Gzip", null, 2e5))));
        Assert.Same(SectionText.None, new LinkBreakEven().UnderComparison(Of(CodecRow("Get_Identity", 4_000, 1e5), CodecRow("Get_Gzip", 1_000, 2e5))));
    }
}
