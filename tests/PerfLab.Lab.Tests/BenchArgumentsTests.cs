namespace PerfLab.Lab.Tests;

public class BenchArgumentsTests
{
    private static readonly Suite Orm = SuiteRegistry.Find("orm")!;

    [Fact]
    public void A_round_passes_the_contracts_arguments_and_the_commit()
    {
        var run = new RunManifest
        {
            Suite = "orm", RunId = "20261127T150102Z-orm-a1b2", Profile = LabNames.Profiles.Results, Commit = "abc", RunSeed = 1234, Rounds = 6,
            Suites = ["orm"], BenchmarkArgs = ["--filter", "*ById*"], StartedUtc = DateTimeOffset.UnixEpoch, RoundLog = [],
        };
        var round = new RoundRecord { Index = 3, Seed = 1237, Order = ["orm"], Artifacts = "round-03" };

        var spec = BenchArguments.Round("/repo", Orm, run, round, "/out/orm/run/round-03", "abc123def456-dirty");

        Assert.Equal("dotnet", spec.FileName);
        Assert.Equal("/repo", spec.WorkingDirectory);
        Assert.Equal(
            ["run", "-c", "Release", "--no-build", "--project", Path.Combine("/repo", "bench/PerfLab.Bench.Orm"), "--",
             "--profile", "results", "--run", "20261127T150102Z-orm-a1b2", "--round", "3", "--rounds", "6", "--seed", "1237",
             "--artifacts", "/out/orm/run/round-03", "--filter", "*ById*"],
            spec.Arguments);
        Assert.Equal("abc123def456-dirty", spec.Environment["PERFLAB_COMMIT"]);
        Assert.False(spec.Environment.ContainsKey(PerfLab.Machine.RunScratch.Variable));

        var withScratch = BenchArguments.Round("/repo", Orm, run, round, "/out/orm/run/round-03", "abc", "/tmp/perflab-run-x");
        Assert.Equal("/tmp/perflab-run-x", withScratch.Environment[PerfLab.Machine.RunScratch.Variable]);
    }

    [Fact]
    public void Without_a_selection_every_benchmark_is_selected()
    {
        // BenchmarkSwitcher would otherwise ask which benchmarks to run.
        Assert.Equal(["--filter", "*", "--iterationCount", "3"], BenchArguments.WithSelection(["--iterationCount", "3"]));
        Assert.Equal(["--anyCategories", "Orm.ById"], BenchArguments.WithSelection(["--anyCategories", "Orm.ById"]));
    }

    [Fact]
    public void The_filter_and_its_values_can_be_taken_out()
    {
        Assert.Equal(["--iterationCount", "3", "--memory"],
            BenchArguments.WithoutFilter(["--filter", "*A*", "*B*", "--iterationCount", "3", "-f", "*C*", "--memory"]));
    }

    [Fact]
    public void A_build_is_one_Release_build_of_the_suites_project()
    {
        var spec = BenchArguments.Build("/tree", Orm);
        Assert.Equal(["build", Path.Combine("/tree", "bench/PerfLab.Bench.Orm"), "-c", "Release", "--nologo", "-v", "quiet"], spec.Arguments);
    }
}
