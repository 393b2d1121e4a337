using PerfLab.Bench.Common;

namespace PerfLab.Bench.Common.Tests;

public sealed class LabArgumentsTests
{
    [Fact]
    public void Default_profile_when_none_is_given_and_other_arguments_pass_through()
    {
        var parsed = LabArguments.Parse(["--filter", "*Orm*", "--artifacts", "out"]);

        Assert.Same(LabProfile.Default, parsed.Profile);
        Assert.Equal(["--filter", "*Orm*", "--artifacts", "out"], parsed.BenchmarkDotNetArgs);
    }

    [Theory]
    [InlineData("--profile", "quick")]
    [InlineData("--profile", "QUICK")]
    [InlineData("--profile=quick", null)]
    public void Profile_option_is_taken_out_of_the_benchmark_arguments(string option, string? value)
    {
        string[] args = value is null ? [option, "--filter", "*"] : [option, value, "--filter", "*"];

        var parsed = LabArguments.Parse(args);

        Assert.Same(LabProfile.Quick, parsed.Profile);
        Assert.Equal(["--filter", "*"], parsed.BenchmarkDotNetArgs);
    }

    [Fact]
    public void Unknown_profile_is_a_usage_error_naming_the_choices()
    {
        var error = Assert.Throws<LabUsageException>(() => LabArguments.Parse(["--profile", "slow"]));
        Assert.Equal("unknown profile 'slow' (expected one of: quick, default)", error.Message);
    }

    [Fact]
    public void Profile_without_a_value_is_a_usage_error()
    {
        Assert.Throws<LabUsageException>(() => LabArguments.Parse(["--profile"]));
    }

    [Fact]
    public void An_explicit_job_replaces_the_profile_job()
    {
        var parsed = LabArguments.Parse(["--job", "short"]);

        Assert.Same(LabProfile.CommandLine, parsed.Profile);
        Assert.Null(parsed.Profile.Job);
        Assert.Equal(["--job", "short"], parsed.BenchmarkDotNetArgs);
    }

    [Fact]
    public void Profile_and_job_together_are_a_usage_error()
    {
        Assert.Throws<LabUsageException>(() => LabArguments.Parse(["--profile", "quick", "--job", "short"]));
    }

    [Fact]
    public void Listing_is_informational()
    {
        Assert.True(LabArguments.Parse(["--list", "flat"]).IsInformational);
        Assert.False(LabArguments.Parse(["--filter", "*"]).IsInformational);
    }

    [Fact]
    public void Unknown_profile_exits_with_a_usage_error()
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.Equal(LabRunner.UsageError, LabRunner.Run("orm", typeof(LabArgumentsTests).Assembly, ["--profile", "slow"]));
        }
        finally
        {
            Console.SetError(previous);
        }
        Assert.Equal("perflab orm: unknown profile 'slow' (expected one of: quick, default)", error.ToString().Trim());
    }
}
