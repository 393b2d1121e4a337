using PerfLab.Reporting.Charts;
using PerfLab.Reporting.Pages;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

public sealed class ChartRendererTests
{
    [Theory]
    [InlineData("Size", new[] { "100", "200" }, "Size")]        // size-like name: any two positive values
    [InlineData("Customers", new[] { "10", "1000" }, "Customers")] // whole numbers spanning a range
    [InlineData("HitRatio", new[] { "0.5", "0.9" }, null)]      // a ratio is not a size
    [InlineData("Seed", new[] { "1", "2" }, null)]              // nor two nearby integers
    [InlineData("Format", new[] { "Json", "Binary" }, null)]    // nor text
    public void Size_parameter_is_numeric_and_size_like(string name, string[] values, string? expected)
    {
        var comparison = Comparison(values.Select(v => new BenchmarkParameter(name, v)).ToArray());

        Assert.Equal(expected, ChartRenderer.SizeParameter(comparison));
    }

    [Fact]
    public void Scaling_chart_only_where_a_size_parameter_exists()
    {
        var suites = SuiteBuilder.Build(ExportLoader.Load(Fixture.Lab));
        var comparisons = suites.Single().Comparisons.ToDictionary(c => c.Name);

        Assert.NotNull(ChartRenderer.ScalingChart("demo", comparisons["Sum"]));
        Assert.Null(ChartRenderer.ScalingChart("demo", comparisons["Concat"]));
    }

    [Fact]
    public void A_zero_median_still_renders_page_and_charts()
    {
        // BenchmarkDotNet reports 0 ns for a benchmark indistinguishable from its overhead.
        var comparison = Comparison([new BenchmarkParameter("Size", "10"), new BenchmarkParameter("Size", "1000")], median: 0);
        var suite = new SuiteReport("s", "s", new SuiteRun("", [], [1], [comparison], []), null, null);

        Assert.NotEmpty(ChartRenderer.BarChart("s", comparison));
        Assert.Null(ChartRenderer.ScalingChart("s", comparison));
        Assert.Contains("| M | 10 | 0 ns |", SuitePage.Render(suite, _ => false), StringComparison.Ordinal);
    }

    private static Comparison Comparison(IReadOnlyList<BenchmarkParameter> parameters, double median = 1)
    {
        var statistics = new BenchmarkStatistics(3, median, median, median, median, median, median, 0, 0, null, [median, median, median]);
        var groups = parameters.Select(p =>
        {
            var benchmark = new BenchmarkResult($"N.T.M({p.Name}: {p.Value})", "T.M", "N", "T", "M", "M", [p], null, null, null, statistics, null, []);
            var row = new Row(benchmark, false, new Dictionary<int, double> { [1] = median }, median, null, null, Steadiness.NotAssessed, 3);
            return new CaseGroup([p], [row], null);
        }).ToArray();
        return new Comparison("C", "c", false, groups, []);
    }
}
