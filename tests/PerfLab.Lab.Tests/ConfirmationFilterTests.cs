namespace PerfLab.Lab.Tests;

public class ConfirmationFilterTests
{
    private const string Comparison = """
        {
          "schema": "perflab-compare/1",
          "benchmarks": [
            { "fullName": "PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_EfLinq(Scale: 100)", "verdict": "slower" },
            { "fullName": "PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_EfLinq(Scale: 1000)", "verdict": "slower" },
            { "fullName": "PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_Dapper(Scale: 100)", "verdict": "same" },
            { "fullName": "PerfLab.Bench.Orm.CustomerInsertBenchmarks.Insert_Ado", "verdict": "slower" },
            { "fullName": "PerfLab.Bench.Orm.CustomerInsertBenchmarks.Insert_Ef", "verdict": null }
          ]
        }
        """;

    [Fact]
    public void The_regressed_benchmarks_are_those_compare_called_slower()
    {
        Assert.Equal(
        [
            "PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_EfLinq(Scale: 100)",
            "PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_EfLinq(Scale: 1000)",
            "PerfLab.Bench.Orm.CustomerInsertBenchmarks.Insert_Ado",
        ], ConfirmationFilter.Regressed(Comparison));
    }

    [Fact]
    public void They_are_re_run_by_method()
    {
        Assert.Equal(
            ["PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_EfLinq", "PerfLab.Bench.Orm.CustomerInsertBenchmarks.Insert_Ado"],
            ConfirmationFilter.Methods(ConfirmationFilter.Regressed(Comparison)));
    }

    [Fact]
    public void A_comparison_without_benchmarks_has_no_regression()
    {
        Assert.Empty(ConfirmationFilter.Regressed("{}"));
    }
}
