using PerfLab.Load;
using PerfLab.Reporting.Charts;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;

namespace PerfLab.Reporting.Tests;

public sealed class LoadCaseTests
{
    [Fact]
    public void The_parameter_that_sets_the_offered_rate_is_found_from_the_data_and_the_others_make_the_lines()
    {
        var comparison = Comparison(
            ("Half", "Tcp", 0.5), ("Quarter", "Tcp", 0.25), ("Half", "Unix", 0.5), ("Quarter", "Unix", 0.25));

        var cases = LoadCase.Of(comparison);

        Assert.Equal(["Transport=Tcp", "Transport=Tcp", "Transport=Unix", "Transport=Unix"], cases.Select(c => c.Series));
        Assert.Equal([0.25, 0.5, 0.25, 0.5], cases.Select(c => c.OfferedFraction));
        Assert.Equal(250, cases[0].OfferedRate.Median);
        Assert.NotEmpty(ChartRenderer.LatencyChart("s", comparison, cases));
    }

    [Fact]
    public void One_load_parameter_is_one_line_and_a_case_with_no_completed_request_still_charts()
    {
        var comparison = Comparison(("Half", "Tcp", 0.5), ("Quarter", "Tcp", 0.25));

        var cases = LoadCase.Of(comparison);

        Assert.All(cases, c => Assert.Equal("", c.Series));
        Assert.NotEmpty(ChartRenderer.LatencyChart("s", comparison, [.. cases, new LoadCase(Row("Full", "Tcp", 1, p99: 0), "")]));
    }

    private static Comparison Comparison(params (string Load, string Transport, double Fraction)[] cases) =>
        new("C.load", "c.load", true, cases.Select(c => new CaseGroup([], [Row(c.Load, c.Transport, c.Fraction)], null)).ToArray(), []);

    private static Row Row(string load, string transport, double fraction, long p99 = 2_000_000)
    {
        BenchmarkParameter[] parameters = [new("Load", load), new("Transport", transport)];
        var statistics = new BenchmarkStatistics(3, 1e9, 1e9, 1e9, 1e9, 1e9, 1e9, 0, 0, null, [1e9, 1e9, 1e9]);
        var benchmark = new BenchmarkResult($"N.T.M(Load: {load}, Transport: {transport})", "T.M", "N", "T", "M", "M", parameters, null, null, null, statistics, null, []);
        var latency = new LatencySummary(100, p99 / 4, p99 / 2, p99, p99 * 3 / 2, p99 * 2);
        var loads = Enumerable.Range(1, 3).ToDictionary(round => round, round => new LoadRecord(
            LoadModel.OpenLoop, fraction * 1000, 1000, fraction, latency with { P99Ns = p99 + round * 1000 }, latency, new LoadCounts(100, 100, 0, 0, 0, fraction * 1000), 4_000_000, null, []));
        return new Row(benchmark, false, new Dictionary<int, double> { [1] = 1e9 }, 1e9, null, null, Steadiness.NotAssessed, 3) { Loads = loads };
    }
}
