namespace PerfLab.Lab.Tests;

public class ConfirmationFilterTests
{
    [Fact]
    public void The_regressed_benchmarks_are_re_run_by_method()
    {
        Assert.Equal(
            ["PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_EfLinq", "PerfLab.Bench.Orm.CustomerInsertBenchmarks.Insert_Ado"],
            ConfirmationFilter.Methods(
            [
                "PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_EfLinq(Scale: 100)",
                "PerfLab.Bench.Orm.CustomerByIdBenchmarks.ById_EfLinq(Scale: 1000)",
                "PerfLab.Bench.Orm.CustomerInsertBenchmarks.Insert_Ado",
            ]));
    }

    [Fact]
    public void No_regression_re_runs_nothing()
    {
        Assert.Empty(ConfirmationFilter.Methods([]));
    }
}
