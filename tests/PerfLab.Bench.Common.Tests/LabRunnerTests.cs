using PerfLab.Bench.Common;

namespace PerfLab.Bench.Common.Tests;

public sealed class LabRunnerTests
{
    [Fact]
    public void The_suite_is_the_last_part_of_the_bench_assembly_name()
    {
        Assert.Equal("tests", LabRunner.SuiteOf(typeof(LabRunnerTests).Assembly));
        Assert.Equal("common", LabRunner.SuiteOf(typeof(LabRunner).Assembly));
    }

    [Theory]
    [InlineData("perflab tests: profile 'default' was retired (it measured before steady state): use 'results'", "--profile", "default")]
    [InlineData("perflab tests: --round 2 must be between 1 and --rounds (1)", "--run", "r", "--round", "2", "--rounds", "1", "--seed", "5")]
    public void Bad_lab_options_exit_with_a_usage_error_and_one_line(string expected, params string[] args)
    {
        var (exitCode, error) = RunCapturingErrors(args);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Equal(expected, error.Trim());
    }

    [Fact]
    public void Bad_benchmarkdotnet_options_exit_with_a_usage_error()
    {
        var (exitCode, error) = RunCapturingErrors(["--profile", "quick", "--envVars", "novalue", "--filter", "*Probe*"]);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("perflab tests: invalid BenchmarkDotNet arguments", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_records_its_profile_for_metrics_computed_in_the_host()
    {
        var (exitCode, _) = RunCapturingErrors(["--profile", "quick", "--list", "flat"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Same(LabProfile.Quick, LabRunner.Profile);
    }

    private static (int ExitCode, string Error) RunCapturingErrors(string[] args)
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            return (LabRunner.Run(typeof(LabRunnerTests).Assembly, args), error.ToString());
        }
        finally
        {
            Console.SetError(previous);
        }
    }
}
