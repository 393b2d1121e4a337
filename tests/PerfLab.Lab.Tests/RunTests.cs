namespace PerfLab.Lab.Tests;

/// <summary>perflab run against the fake bench: builds, rounds, manifests, resume, interruption, the reproducibility run.</summary>
public class RunTests
{
    [Fact]
    public void Builds_once_then_runs_every_suite_once_per_round_in_the_recorded_order()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm,serialization", "--profile", "quick", "--rounds", "3", "--seed", "42",
            "--artifacts", lab.Artifacts, "--no-report", "--", "--filter", "*Small*"));

        Assert.Equal(2, lab.Bench.Builds.Count());
        Assert.All(lab.Bench.Calls.Take(2), c => Assert.Equal("build", c.Arguments[0]));
        var rounds = lab.Bench.Rounds.ToArray();
        Assert.Equal(6, rounds.Length);

        var manifests = lab.Manifests();
        Assert.Equal(["orm", "serialization"], manifests.Select(m => m.Suite));
        foreach (var manifest in manifests)
        {
            Assert.Equal(RunStatus.Finished, manifest.Status);
            Assert.Equal(42, manifest.RunSeed);
            Assert.Equal(["--filter", "*Small*"], manifest.BenchmarkArgs);
            Assert.All(manifest.RoundLog, r => Assert.Equal(RoundStatus.Ok, r.Status));
            Assert.All(manifest.RoundLog, r => Assert.Equal(42 + r.Index, r.Seed));
            Assert.All(manifest.RoundLog, r => Assert.True(File.Exists(Path.Combine(lab.Artifacts, manifest.Suite, manifest.RunId, r.Artifacts, "results", $"{manifest.Suite}-report-full.json"))));
        }

        // Round by round (never suite by suite), each round in the order its record names.
        var recorded = manifests[0].RoundLog.SelectMany(r => r.Order.Select(suite => (r.Index, suite)));
        Assert.Equal(recorded, rounds.Select(r => (r.Round, r.Suite)));
        Assert.All(rounds, r => Assert.Equal(42 + r.Round, r.Seed));
        Assert.All(rounds, r => Assert.Equal(["--filter", "*Small*"], r.Arguments.SkipWhile(a => a != "--filter")));
        Assert.All(rounds, r => Assert.Equal("quick", r.Profile));
    }

    [Fact]
    public void A_quick_run_writes_its_report_beside_its_artifacts()
    {
        using var lab = new LabFixture();
        var export = Directory.EnumerateFiles(Path.Combine(LabFixture.Repository, "results", "raw", "queries"), "*-report-full.json.gz", SearchOption.AllDirectories).First();
        using (var gzip = new System.IO.Compression.GZipStream(File.OpenRead(export), System.IO.Compression.CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            lab.Bench.Export = reader.ReadToEnd();
        }

        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "queries", "--profile", "quick", "--rounds", "1", "--artifacts", lab.Artifacts, "--no-build"));

        Assert.True(File.Exists(Path.Combine(RunCommand.QuickReportFolder(lab.Artifacts), "README.md")), lab.Output.ToString() + lab.Error);
        Assert.False(Directory.Exists(Path.Combine(lab.Artifacts, "report")));
    }

    [Fact]
    public void Every_round_of_a_run_is_given_the_run_s_scratch_folder_which_is_gone_when_the_run_ends()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm,caching", "--profile", "quick", "--rounds", "2", "--artifacts", lab.Artifacts, "--no-report", "--no-build"));

        var byRun = lab.Bench.Rounds.Zip(lab.Bench.RoundEnvironments, (round, environment) => (round.RunId, Folder: environment[PerfLab.Machine.RunScratch.Variable]))
            .GroupBy(r => r.RunId)
            .ToArray();
        Assert.Equal(2, byRun.Length);
        // One folder per run, the same in each of its rounds, another for the other run.
        Assert.All(byRun, run => Assert.Single(run.Select(r => r.Folder).Distinct()));
        Assert.NotEqual(byRun[0].First().Folder, byRun[1].First().Folder);
        Assert.All(byRun, run => Assert.False(Directory.Exists(run.First().Folder)));
    }

    [Fact]
    public void An_engine_reaches_every_round_and_is_recorded_for_a_resume()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm", "--profile", "quick", "--rounds", "2", "--engine", "postgresql",
            "--artifacts", lab.Artifacts, "--no-report", "--", "--filter", "*ById*"));

        Assert.Equal(["--engine", "PostgreSQL", "--filter", "*ById*"], lab.Manifests().Single().BenchmarkArgs);
        Assert.All(lab.Bench.Rounds, r => Assert.Equal(["--engine", "PostgreSQL", "--filter", "*ById*"], r.Arguments.SkipWhile(a => a != "--engine")));
    }

    [Fact]
    public void A_part_reaches_every_round_in_its_canonical_spelling_and_is_recorded_for_a_resume()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm", "--profile", "quick", "--rounds", "2", "--engine", "postgresql", "--part", "BY-ID",
            "--artifacts", lab.Artifacts, "--no-report"));

        Assert.Equal(["--engine", "PostgreSQL", "--part", "by-id"], lab.Manifests().Single().BenchmarkArgs);
        Assert.All(lab.Bench.Rounds, r => Assert.Equal(["--engine", "PostgreSQL", "--part", "by-id"], r.Arguments.SkipWhile(a => a != "--engine")));
    }

    [Theory]
    [InlineData("orm", "everything", "--part 'everything' is not a part of suite orm (by-id, load, lists, projection, writes)")]
    [InlineData("security", "by-id", "--part 'by-id': suite security has no parts (it is run whole)")]
    [InlineData("orm,security", "by-id", "--part 'by-id' needs exactly one --suite (a part belongs to one suite; 2 are selected)")]
    public void A_part_the_suite_does_not_have_is_refused_before_anything_runs(string suites, string part, string error)
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--suite", suites, "--profile", "quick", "--part", part, "--artifacts", lab.Artifacts));

        Assert.Empty(lab.Bench.Calls);
        Assert.Contains(error, lab.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_placement_reaches_every_round_as_the_environment_variable_and_is_recorded()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "caching", "--profile", "quick", "--rounds", "2", "--placement", "Shared",
            "--artifacts", lab.Artifacts, "--no-report"));

        Assert.Equal("shared", lab.Manifests().Single().Placement);
        var rounds = lab.Bench.Calls.Where(c => c.Arguments[0] == "run").ToArray();
        Assert.Equal(2, rounds.Length);
        Assert.All(rounds, r => Assert.Equal("shared", r.Environment[PerfLab.Machine.CpuPlacement.Variable]));

        using var other = new LabFixture();
        Assert.Equal(ExitCodes.Success, other.Run("run", "--suite", "caching", "--profile", "quick", "--rounds", "1", "--artifacts", other.Artifacts, "--no-report"));
        Assert.All(other.Bench.Calls.Where(c => c.Arguments[0] == "run"), r => Assert.False(r.Environment.ContainsKey(PerfLab.Machine.CpuPlacement.Variable), "no setting: the bench's default"));
    }

    [Fact]
    public void An_unknown_placement_is_refused_before_anything_runs()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--suite", "caching", "--placement", "pinned", "--artifacts", lab.Artifacts));

        Assert.Empty(lab.Bench.Calls);
        Assert.Contains("perflab: --placement 'pinned': expected split or shared", lab.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_engine_is_refused_before_anything_runs()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--suite", "orm", "--profile", "quick", "--engine", "mysql", "--artifacts", lab.Artifacts));

        Assert.Empty(lab.Bench.Calls);
        Assert.Contains("mysql", lab.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_progress_as_each_case_starts()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm", "--profile", "quick", "--rounds", "2", "--artifacts", lab.Artifacts, "--no-report", "--no-build"));
        var output = lab.Output.ToString();
        Assert.Contains("[round 1/2] orm case 1/3 elapsed ", output);
        Assert.Contains("[round 2/2] orm case 3/3 elapsed ", output);
        // The bench program's own output is streamed through.
        Assert.Contains("// ***** BenchmarkRunner: Finish  *****", output);
        Assert.Empty(lab.Bench.Builds);
    }

    [Fact]
    public void A_failed_round_fails_the_run_and_resume_re_runs_exactly_that_round_with_its_seed()
    {
        using var lab = new LabFixture();
        lab.Bench.Outcome = call => call is { Suite: "orm", Round: 2 } ? 1 : null;
        Assert.Equal(ExitCodes.Failure, lab.Run("run", "--suite", "orm,indexes", "--profile", "quick", "--rounds", "3", "--seed", "7", "--artifacts", lab.Artifacts, "--no-report"));
        var failed = lab.Manifests().Single(m => m.Suite == "orm");
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Equal((RoundStatus.Failed, 1), (failed.RoundLog[1].Status, failed.RoundLog[1].ExitCode!.Value));

        lab.Bench.Outcome = _ => null;
        var before = lab.Bench.Rounds.Count();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--resume", lab.Artifacts, "--no-report", "--no-build"));

        var resumed = lab.Bench.Rounds.Skip(before).ToArray();
        Assert.Equal([("orm", 2, 9, failed.RunId)], resumed.Select(r => (r.Suite, r.Round, r.Seed, r.RunId)));
        Assert.All(lab.Manifests(), m => Assert.Equal(RunStatus.Finished, m.Status));
    }

    [Fact]
    public void Resume_runs_again_a_round_whose_export_is_gone()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm", "--profile", "quick", "--rounds", "2", "--artifacts", lab.Artifacts, "--no-report", "--no-build"));
        var manifest = lab.Manifests().Single();
        Directory.Delete(Path.Combine(lab.Artifacts, "orm", manifest.RunId, "round-01"), recursive: true);

        Assert.Equal(ExitCodes.Success, lab.Run("run", "--resume", lab.Artifacts, "--no-report", "--no-build"));
        Assert.Equal([1, 2, 1], lab.Bench.Rounds.Select(r => r.Round));
    }

    [Fact]
    public void Ctrl_C_keeps_the_finished_rounds_marks_the_run_interrupted_and_resume_finishes_it()
    {
        using var lab = new LabFixture();
        lab.Bench.Outcome = call =>
        {
            if (call.Round < 2) return null;
            lab.Stop.Cancel();
            throw new OperationCanceledException(lab.Stop.Token);
        };
        Assert.Equal(ExitCodes.Interrupted, lab.Run("run", "--suite", "orm", "--profile", "quick", "--rounds", "3", "--artifacts", lab.Artifacts, "--no-report", "--no-build"));

        var interrupted = lab.Manifests().Single();
        Assert.Equal(RunStatus.Interrupted, interrupted.Status);
        Assert.Equal([RoundStatus.Ok, RoundStatus.Interrupted, RoundStatus.Pending], interrupted.RoundLog.Select(r => r.Status));
        Assert.Contains("--resume", lab.Error.ToString());

        lab.Bench.Outcome = _ => null;
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--resume", lab.Artifacts, "--no-report", "--no-build"));
        Assert.Equal([1, 2, 2, 3], lab.Bench.Rounds.Select(r => r.Round));
        Assert.Equal(RunStatus.Finished, lab.Manifests().Single().Status);
    }

    [Theory]
    [InlineData("--rounds", "4")]
    [InlineData("--suite", "indexes")]
    [InlineData("--seed", "8")]
    [InlineData("--profile", "results")]
    public void Resume_refuses_options_that_differ_from_the_recorded_run(string option, string value)
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm", "--profile", "quick", "--rounds", "2", "--seed", "7", "--artifacts", lab.Artifacts, "--no-report", "--no-build"));
        var before = lab.Bench.Calls.Count;

        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--resume", lab.Artifacts, option, value, "--no-report", "--no-build"));
        Assert.Contains("differs from the run being resumed", lab.Error.ToString());
        Assert.Equal(before, lab.Bench.Calls.Count);

        // Said again unchanged, an option is accepted.
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--resume", lab.Artifacts, "--rounds", "2", "--no-report", "--no-build"));
    }

    [Fact]
    public void Resume_refuses_a_run_of_another_commit()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm", "--profile", "quick", "--rounds", "1", "--artifacts", lab.Artifacts, "--no-report", "--no-build"));
        var path = ManifestStore.FindAll(lab.Artifacts).Single();
        ManifestStore.Save(path, ManifestStore.Load(path) with { Commit = "0123456789ab" });

        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--resume", lab.Artifacts, "--no-report", "--no-build"));
        Assert.Contains("0123456789ab", lab.Error.ToString());
    }

    [Fact]
    public void Reproducibility_adds_a_second_independent_run_of_the_same_suites()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm,caching", "--profile", "quick", "--rounds", "2", "--seed", "100",
            "--reproducibility", "--artifacts", lab.Artifacts, "--no-report", "--no-build"));

        var manifests = lab.Manifests();
        Assert.Equal([(1, "caching"), (1, "orm"), (2, "caching"), (2, "orm")], manifests.Select(m => (m.Pass, m.Suite)));
        Assert.Equal(4, manifests.Select(m => m.RunId).Distinct().Count());
        Assert.All(manifests.Where(m => m.Pass == 1), m => Assert.Equal(100, m.RunSeed));
        Assert.Single(manifests.Where(m => m.Pass == 2).Select(m => m.RunSeed).Distinct());
        Assert.Equal(8, lab.Bench.Rounds.Count());
        // The second run starts after the first one ended.
        Assert.Equal([1, 1, 2, 2, 1, 1, 2, 2], lab.Bench.Rounds.Select(r => r.Round));
    }

    [Fact]
    public void The_commit_is_passed_to_every_round()
    {
        using var lab = new LabFixture();
        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "orm", "--profile", "quick", "--artifacts", lab.Artifacts, "--no-report", "--no-build"));
        var commit = new Git(LabFixture.Repository).CommitLabel();
        Assert.All(lab.Bench.Calls, c => Assert.Equal(commit, c.Environment["PERFLAB_COMMIT"]));
        Assert.Equal(commit, lab.Manifests().Single().Commit);
    }
}
