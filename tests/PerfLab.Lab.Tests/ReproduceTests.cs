using System.Text.Json.Nodes;
using PerfLab.Machine;

namespace PerfLab.Lab.Tests;

/// <summary>
/// perflab run --reproduce against the fake bench in a scratch repository: the published run's commit built in a
/// worktree, a second pass recorded as repeating it, and the refusals that keep the pair meaningful.
/// </summary>
public class ReproduceTests
{
    private const string PublishedRun = "20261127T212829Z-security-8843";

    [Fact]
    public void The_published_commit_is_built_in_a_worktree_and_run_as_the_reproducibility_pass_of_the_published_run()
    {
        using var repository = new ScratchRepository();
        var published = repository.Head[..12];
        Publish(repository, "security", PublishedRun, published, rounds: 5);
        using var lab = new LabFixture(repository.Root);

        Assert.True(lab.Run("run", "--suite", "security", "--reproduce", "--no-report", "--seed", "7", "--artifacts", lab.Artifacts) == ExitCodes.Success, lab.Error.ToString());

        var tree = lab.Bench.Builds.Single().WorkingDirectory;
        Assert.NotEqual(repository.Root, tree);
        Assert.Contains(published, tree, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tree), "the worktree is removed at the end");
        var rounds = lab.Bench.Calls.Where(c => c.Arguments[0] == "run").ToArray();
        Assert.Equal(5, rounds.Length);
        Assert.All(rounds, r => Assert.Equal(tree, r.WorkingDirectory));
        Assert.All(rounds, r => Assert.Equal(published, r.Environment["PERFLAB_COMMIT"]));
        var manifest = Assert.Single(lab.Manifests());
        Assert.Equal((2, published, PublishedRun, 5), (manifest.Pass, manifest.Commit, manifest.Reproduces, manifest.Rounds));
    }

    [Fact]
    public void A_published_run_of_the_clean_tree_is_built_where_it_is()
    {
        using var repository = new ScratchRepository();
        Publish(repository, "security", PublishedRun, commit: null, rounds: 5);
        using var lab = new LabFixture(repository.Root);

        Assert.Equal(ExitCodes.Success, lab.Run("run", "--suite", "security", "--reproduce", "--no-report", "--artifacts", lab.Artifacts));
        Assert.Equal(repository.Root, lab.Bench.Builds.Single().WorkingDirectory);
    }

    [Theory]
    [InlineData("--reproducibility", "--reproduce with --reproducibility")]
    [InlineData("--profile=quick", "--reproduce with --profile quick")]
    [InlineData("--results=elsewhere", "--reproduce with --results")]
    public void Options_that_contradict_a_reproduction_are_refused(string option, string message)
    {
        using var repository = new ScratchRepository();
        Publish(repository, "security", PublishedRun, repository.Head[..12], rounds: 5);
        using var lab = new LabFixture(repository.Root);

        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--suite", "security", "--reproduce", option, "--artifacts", lab.Artifacts));
        Assert.Contains(message, lab.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(lab.Bench.Calls);
    }

    [Fact]
    public void A_suite_without_a_published_run_is_refused()
    {
        using var repository = new ScratchRepository();
        using var lab = new LabFixture(repository.Root);

        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--suite", "security", "--reproduce", "--artifacts", lab.Artifacts));
        Assert.Contains("suite security has no published run", lab.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_run_measured_on_this_boot_is_refused_a_reproduction_here()
    {
        if (MachineIdentity.Read().GetValueOrDefault(MachineIdentity.BootId) is not { } boot) return;
        using var repository = new ScratchRepository();
        Publish(repository, "security", PublishedRun, repository.Head[..12], rounds: 5, boot: boot);
        using var lab = new LabFixture(repository.Root);

        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--suite", "security", "--reproduce", "--artifacts", lab.Artifacts));
        Assert.Contains($"was measured on this boot ({boot}); a reproducibility run must come from another machine or boot", lab.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(lab.Bench.Calls);
    }

    [Fact]
    public void A_suite_published_as_engine_parts_is_reproduced_one_part_at_a_time()
    {
        using var repository = new ScratchRepository();
        Publish(repository, "orm", "20261127T190000Z-orm-aaaa", repository.Head[..12], rounds: 5, engine: "SQLite");
        Publish(repository, "orm", "20261127T200000Z-orm-bbbb", repository.Head[..12], rounds: 5, engine: "PostgreSQL");
        using var lab = new LabFixture(repository.Root);

        Assert.Equal(ExitCodes.BadInput, lab.Run("run", "--suite", "orm", "--reproduce", "--artifacts", lab.Artifacts));
        Assert.Contains("suite orm is published as parts (PostgreSQL, SQLite); reproduce one part with its --engine and --part", lab.Error.ToString(), StringComparison.Ordinal);

        Assert.True(lab.Run("run", "--suite", "orm", "--reproduce", "--engine", "postgresql", "--no-report", "--artifacts", lab.Artifacts) == ExitCodes.Success, lab.Error.ToString());
        var manifest = Assert.Single(lab.Manifests());
        Assert.Equal("20261127T200000Z-orm-bbbb", manifest.Reproduces);
        Assert.Equal(["--engine", "PostgreSQL"], manifest.BenchmarkArgs);
    }

    [Fact]
    public void The_report_input_keeps_the_published_run_and_replaces_its_earlier_reproduction()
    {
        var root = Directory.CreateTempSubdirectory("perflab-reproduce-input-").FullName;
        try
        {
            var raw = Path.Combine(root, "raw");
            Export(Path.Combine(raw, "security", PublishedRun, "round-01", "a-report-full.json"), "security", PublishedRun, "0123456789ab", 1, null, null);
            Export(Path.Combine(raw, "security", "20261127T220000Z-security-f9f8", "round-01", "a-report-full.json"), "security", "20261127T220000Z-security-f9f8", "0123456789ab", 1, null, null);
            var artifacts = Path.Combine(root, "artifacts");
            Export(Path.Combine(artifacts, "security", "20261204T100000Z-security-cccc", "round-01", "results", "a-report-full.json"), "security", "20261204T100000Z-security-cccc", "0123456789ab", 1, null, null);

            using var input = PublishedInput.Stage(raw, artifacts, [SuiteRegistry.Find("security")!], [PublishedRun]);
            var runs = Directory.GetDirectories(Path.Combine(input.Folder, "security")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal([PublishedRun, "20261204T100000Z-security-cccc"], runs);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_report_input_keeps_earlier_reproductions_from_other_boots_and_replaces_one_from_this_boot()
    {
        var root = Directory.CreateTempSubdirectory("perflab-reproduce-input-").FullName;
        try
        {
            var raw = Path.Combine(root, "raw");
            (string Run, string Boot)[] published = [(PublishedRun, "boot-a"), ("20261128T220000Z-security-f9f8", "boot-b"), ("20261129T220000Z-security-e7e7", "boot-c")];
            foreach (var (run, boot) in published)
                Export(Path.Combine(raw, "security", run, "round-01", "a-report-full.json"), "security", run, "0123456789ab", 1, boot, null);
            var artifacts = Path.Combine(root, "artifacts");
            Export(Path.Combine(artifacts, "security", "20261204T100000Z-security-cccc", "round-01", "results", "a-report-full.json"), "security", "20261204T100000Z-security-cccc", "0123456789ab", 1, "boot-c", null);

            var found = PerfLab.Lab.PublishedRun.Find(raw, SuiteRegistry.Find("security")!, engine: null);
            Assert.Equal(PublishedRun, found.RunId);
            Assert.Equal(new Dictionary<string, string?> { ["20261128T220000Z-security-f9f8"] = "boot-b", ["20261129T220000Z-security-e7e7"] = "boot-c" }, found.ReproductionBoots);
            using var input = PublishedInput.Stage(raw, artifacts, [SuiteRegistry.Find("security")!], found.KeptBeside("boot-c").ToArray());
            var runs = Directory.GetDirectories(Path.Combine(input.Folder, "security")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal([PublishedRun, "20261128T220000Z-security-f9f8", "20261204T100000Z-security-cccc"], runs);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>A published run of <paramref name="rounds"/> rounds in the scratch repository's results/raw, committed (a new commit).</summary>
    private static void Publish(ScratchRepository repository, string suite, string run, string? commit, int rounds, string? boot = null, string? engine = null)
    {
        // A run of the clean tree names the commit its exports are committed in: the commit before it when given, else the new one.
        var folder = Path.Combine(repository.Root, "results", "raw", suite, run.ToLowerInvariant());
        for (var round = 1; round <= rounds; round++)
            Export(Path.Combine(folder, $"round-{round:00}", $"{suite}-report-full.json"), suite, run, commit ?? "pending", round, boot, engine);
        repository.Git("add", "-A");
        repository.Git("-c", "user.name=perflab", "-c", "user.email=perflab@example.invalid", "commit", "-q", "-m", "publish");
        if (commit is not null) return;
        // The exports cannot name the commit that contains them: record HEAD, then keep the tree clean at that commit.
        var head = repository.Head[..12];
        foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories))
            File.WriteAllText(file, File.ReadAllText(file).Replace("\"pending\"", $"\"{head}\"", StringComparison.Ordinal));
        repository.Git(["update-index", "--assume-unchanged", .. Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)]);
    }

    private static void Export(string path, string suite, string run, string commit, int round, string? boot, string? engine)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var lab = new JsonObject
        {
            ["Schema"] = 2, ["Suite"] = suite, ["Profile"] = "results", ["Commit"] = commit, ["Run"] = run, ["Round"] = round, ["Rounds"] = 5,
            ["HostStartedUtc"] = $"2026-11-27T09:{round:00}:00.0000000Z",
        };
        if (engine is not null) lab["Engine"] = engine;
        if (boot is not null) lab["Machine"] = new JsonObject { ["BootId"] = boot };
        var export = new JsonObject
        {
            ["Title"] = "t", ["HostEnvironmentInfo"] = new JsonObject(), ["PerfLab"] = lab,
            ["Benchmarks"] = new JsonArray(new JsonObject { ["FullName"] = "A.B.M", ["Type"] = "B", ["Method"] = "M", ["Parameters"] = "" }),
        };
        File.WriteAllText(path, export.ToJsonString());
    }
}
