using PerfLab.Reporting.Pages;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;

namespace PerfLab.Reporting.Tests;

public sealed class TextMetricsTests
{
    private static Row Case(string method, string size, string mode)
    {
        var benchmark = new BenchmarkResult($"Lab.Bench.{method}(Size: {size})", $"Bench.{method}: Job", "Lab", "Bench", method, method,
            [new BenchmarkParameter("Size", size)], ["C"], false, new Dictionary<string, string> { ["Mode"] = mode }, null, null, []);
        return new Row(benchmark, false, new Dictionary<int, double> { [1] = 10 }, 10, null, null, Steadiness.NotAssessed, 10);
    }

    private static string Page(params CaseGroup[] groups)
    {
        var comparison = new Comparison("C", "c", true, groups, []);
        return SuitePage.Render(new SuiteReport("s", "s", new SuiteRun("", [], [1], [comparison], []), null, null), _ => false);
    }

    private static CaseGroup Group(string size, params Row[] rows) => new([new BenchmarkParameter("Size", size)], rows, null);

    [Fact]
    public void A_text_metric_that_differs_only_between_parameter_sets_is_listed_once_per_set()
    {
        var page = Page(Group("1", Case("A", "1", "wal"), Case("B", "1", "wal")), Group("2", Case("A", "2", "delete"), Case("B", "2", "delete")));

        Assert.Contains("**Mode** (every row of a parameter set):\n\n- Size=1: `wal`\n- Size=2: `delete`\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_metric_that_differs_within_a_set_is_listed_per_row()
    {
        var page = Page(Group("1", Case("A", "1", "wal"), Case("B", "1", "delete")), Group("2", Case("A", "2", "delete"), Case("B", "2", "delete")));

        Assert.Contains("**Mode**:\n\n- A [Size=1]: `wal`\n- B [Size=1]: `delete`\n", page, StringComparison.Ordinal);
    }
}
