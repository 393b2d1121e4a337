namespace PerfLab.Lab.Tests;

/// <summary>Every option is checked before anything is built or run: one line naming the problem, exit 2, no process started.</summary>
public class ValidationTests
{
    [Theory]
    [InlineData("unknown suite 'ormm'", "run", "--suite", "ormm")]
    [InlineData("unknown suite 'foo'", "run", "--suite", "orm,foo")]
    [InlineData("at least 5 rounds", "run", "--rounds", "3")]
    [InlineData("--rounds 0", "run", "--profile", "quick", "--rounds", "0")]
    [InlineData("--profile default is retired", "run", "--profile", "default")]
    [InlineData("--profile 'fast'", "run", "--profile", "fast")]
    [InlineData("--seed -1", "run", "--seed", "-1")]
    [InlineData("BenchmarkDotNet's options go after --", "run", "--filter", "*ById*")]
    [InlineData("--job after --", "run", "--profile", "quick", "--", "--job", "short")]
    [InlineData("after --: Option 'bogus' is unknown.", "run", "--profile", "quick", "--", "--bogus")]
    [InlineData("after --: Option 'f, filter' has no value.", "run", "--profile", "quick", "--", "--filter")]
    [InlineData("after --: Option 'iterationCount' is defined with a bad format.", "ab", "--base", "HEAD", "--", "--iterationCount", "abc")]
    [InlineData("--rounds 'six': expected a whole number", "run", "--rounds", "six")]
    [InlineData("--seed 'x': expected a whole number", "run", "--seed", "x")]
    [InlineData("--shifts 'abc': expected a percentage", "power", "--base", "/nonexistent/a", "--diff", "/nonexistent/b", "--shifts", "abc")]
    [InlineData("--sute", "run", "--sute", "orm")]
    [InlineData("no such folder", "run", "--resume", "/nonexistent/perflab-run")]
    [InlineData("is not a commit", "ab", "--base", "no-such-ref-anywhere", "--suite", "orm")]
    [InlineData("--threshold 'ten'", "ab", "--base", "HEAD", "--threshold", "ten")]
    [InlineData("--threshold '0%'", "ab", "--base", "HEAD", "--threshold", "0%")]
    [InlineData("--noise '1 parsec'", "ab", "--base", "HEAD", "--noise", "1 parsec")]
    [InlineData("at least 5 rounds", "ab", "--base", "HEAD", "--rounds", "2")]
    [InlineData("unknown suite 'x'", "ab", "--base", "HEAD", "--suite", "x")]
    [InlineData("--base", "ab", "--suite", "orm")]
    [InlineData("nope", "nope")]
    public void Bad_input_is_one_line_and_exit_2_before_anything_runs(string named, params string[] args)
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.BadInput, lab.Run(args));

        var error = lab.Error.ToString();
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, error);
        Assert.Empty(lab.Bench.Calls);
    }

    [Fact]
    public void A_quick_run_is_never_reported_into_results()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--profile", "quick", "--results", Path.Combine(LabFixture.Repository, "results")));
        Assert.Contains("never published", lab.Error.ToString());
        Assert.Empty(lab.Bench.Calls);
    }

    [Fact]
    public void Resume_needs_a_folder_with_a_run_manifest()
    {
        using var lab = new LabFixture();
        Directory.CreateDirectory(lab.Artifacts);
        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--resume", lab.Artifacts));
        Assert.Contains("no run.json", lab.Error.ToString());
        Assert.Empty(lab.Bench.Calls);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_shows_the_options_and_the_exit_codes(string help)
    {
        using var lab = new LabFixture();
        foreach (var command in new[] { "run", "ab" })
        {
            Assert.Equal(ExitCodes.Success, lab.Run(command, help));
            var text = lab.Output.ToString();
            Assert.Contains("--rounds", text);
            Assert.Contains("Exit codes:", text);
            foreach (var (code, _) in ExitCodes.Table) Assert.Contains($"  {code} ", text);
        }
        Assert.Equal(ExitCodes.Success, lab.Run(help));
        Assert.Contains("suites", lab.Output.ToString());
        Assert.Contains("Exit codes:", lab.Output.ToString());
    }
}
