using PerfLab.Bench.Common;

namespace PerfLab.Bench.Common.Tests;

public sealed class LabArgumentsTests
{
    [Fact]
    public void Results_profile_and_a_single_round_when_nothing_is_given_and_other_arguments_pass_through()
    {
        var parsed = LabArguments.Parse(["--filter", "*Orm*", "--artifacts", "out"]);

        Assert.Same(LabProfile.Results, parsed.Profile);
        Assert.Equal(["--filter", "*Orm*", "--artifacts", "out"], parsed.BenchmarkDotNetArgs);
        Assert.Equal((LabRound.SingleRun, 1, 1), (parsed.Round.Run, parsed.Round.Round, parsed.Round.Rounds));
        Assert.Equal(parsed.Round.Seed - 1, parsed.Round.RunSeed);
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
    public void Round_options_are_taken_out_and_recorded()
    {
        var parsed = LabArguments.Parse(["--profile", "results", "--run", "20261127T150102Z-orm-a1b2", "--round", "3",
            "--rounds=6", "--seed", "1237", "--artifacts", "out/round-03", "--filter", "*ById*"]);

        Assert.Equal(new LabRound("20261127T150102Z-orm-a1b2", 3, 6, 1234, 1237), parsed.Round);
        Assert.Equal(["--artifacts", "out/round-03", "--filter", "*ById*"], parsed.BenchmarkDotNetArgs);
    }

    [Fact]
    public void A_given_run_seed_is_kept()
    {
        var parsed = LabArguments.Parse(["--run", "r", "--round", "2", "--rounds", "5", "--seed", "99", "--run-seed", "7"]);
        Assert.Equal(7, parsed.Round.RunSeed);
    }

    [Theory]
    [InlineData("unknown profile 'slow' (expected one of: quick, results)", "--profile", "slow")]
    [InlineData("profile 'default' was retired (it measured before steady state): use 'results'", "--profile", "default")]
    [InlineData("--profile needs a value", "--profile")]
    [InlineData("--profile is given twice", "--profile", "quick", "--profile", "results")]
    [InlineData("a round needs all of --run, --round, --rounds and --seed (missing --rounds, --seed)", "--run", "r", "--round", "1")]
    [InlineData("--round 7 must be between 1 and --rounds (6)", "--run", "r", "--round", "7", "--rounds", "6", "--seed", "1")]
    [InlineData("--round 0 must be between 1 and --rounds (6)", "--run", "r", "--round", "0", "--rounds", "6", "--seed", "1")]
    [InlineData("--rounds 0 must be at least 1", "--run", "r", "--round", "1", "--rounds", "0", "--seed", "1")]
    [InlineData("--seed 'x1' is not a whole number", "--run", "r", "--round", "1", "--rounds", "1", "--seed", "x1")]
    [InlineData("--run 'a/b' must be a non-empty id without spaces or path separators", "--run", "a/b", "--round", "1", "--rounds", "1", "--seed", "1")]
    [InlineData("--run-seed needs --run, --round, --rounds and --seed", "--run-seed", "4")]
    [InlineData("--profile and --job/--runtimes both choose the job: give one of them", "--profile", "quick", "--job", "short")]
    public void Bad_lab_options_are_usage_errors_in_one_line(string message, params string[] args)
    {
        var error = Assert.Throws<BadInputException>(() => LabArguments.Parse(args));
        Assert.Equal(message, error.Message);
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
    public void Listing_is_informational()
    {
        Assert.True(LabArguments.Parse(["--list", "flat"]).IsInformational);
        Assert.False(LabArguments.Parse(["--filter", "*"]).IsInformational);
    }

    [Fact]
    public void The_engine_is_taken_out_in_its_canonical_spelling()
    {
        var parsed = LabArguments.Parse(["--engine", "postgresql", "--filter", "*"]);

        Assert.Equal(Engines.PostgreSql, parsed.Engine);
        Assert.Equal(["--filter", "*"], parsed.BenchmarkDotNetArgs);
        Assert.Null(LabArguments.Parse([]).Engine);
    }

    [Fact]
    public void An_unknown_engine_is_a_usage_error_naming_the_engines()
    {
        var error = Assert.Throws<BadInputException>(() => LabArguments.Parse(["--engine", "mysql"]));
        Assert.Equal("--engine 'mysql' is not an engine of the lab (SQLite, PostgreSQL)", error.Message);
    }

    [Fact]
    public void The_bench_and_the_report_name_the_engines_alike()
    {
        Assert.Equal(Engines.All, PerfLab.Results.Exports.EngineNames.All);
        Assert.Equal(Engines.ParameterName, PerfLab.Results.Exports.EngineNames.ParameterName);
        Assert.Equal(Engines.Sqlite, PerfLab.Results.Exports.EngineNames.Default);
    }
}
