namespace PerfLab.Lab.Tests;

/// <summary>perflab ab against the fake bench in a scratch repository: worktree, builds, interleaving, the comparison's exit code.</summary>
public class AbTests
{
    [Fact]
    public void Base_and_head_run_once_each_in_every_round_from_their_own_trees()
    {
        using var repository = new ScratchRepository();
        using var lab = new LabFixture(repository.Root);
        var baseCommit = repository.Head;

        // The fake's exports are empty: compare refuses them as bad input, and ab exits with compare's code.
        var code = lab.Run("ab", "--base", "HEAD", "--suite", "orm", "--profile", "quick", "--rounds", "4", "--seed", "5", "--artifacts", lab.Artifacts);
        Assert.Equal(ExitCodes.BadInput, code);

        var baseTree = lab.Bench.Builds.First().WorkingDirectory;
        Assert.NotEqual(repository.Root, baseTree);
        Assert.False(Directory.Exists(baseTree), "the base worktree is removed at the end");
        Assert.Equal([baseTree, repository.Root], lab.Bench.Builds.Select(b => b.WorkingDirectory));

        var rounds = lab.Bench.Calls.Where(c => c.Arguments[0] == "run").ToArray();
        Assert.Equal(8, rounds.Length);
        for (var round = 1; round <= 4; round++)
        {
            var pair = rounds.Where(r => RoundCall.Of(r).Round == round).ToArray();
            Assert.Equal(new[] { baseTree, repository.Root }.Order(StringComparer.Ordinal), pair.Select(p => p.WorkingDirectory).Order(StringComparer.Ordinal));
            Assert.All(pair, p => Assert.Equal(5 + round, RoundCall.Of(p).Seed));
        }
        Assert.All(rounds.Where(r => r.WorkingDirectory == baseTree), r => Assert.Equal(baseCommit[..12], r.Environment["PERFLAB_COMMIT"]));

        var manifests = lab.Manifests();
        Assert.Equal(["base", "head"], manifests.Select(m => m.Side).Order());
        Assert.All(manifests, m => Assert.True(File.Exists(Path.Combine(lab.Artifacts, m.Side!, "orm", m.RunId, RunManifest.FileName))));
        // Both sides share one plan: the same recorded order in every round, and the order is what ran.
        Assert.Equal(manifests[0].RoundLog.Select(r => string.Join(",", r.Order)), manifests[1].RoundLog.Select(r => string.Join(",", r.Order)));
        Assert.Equal(manifests[0].RoundLog.SelectMany(r => r.Order), rounds.Select(r => r.WorkingDirectory == baseTree ? "orm base" : "orm head"));
    }

    [Fact]
    public void A_suite_missing_at_the_base_is_bad_input_and_nothing_runs()
    {
        using var repository = new ScratchRepository();
        Directory.Delete(Path.Combine(repository.Root, "bench", "PerfLab.Bench.Caching"), recursive: true);
        repository.Git("add", "-A");
        repository.Git("-c", "user.name=perflab", "-c", "user.email=perflab@example.invalid", "commit", "-q", "-m", "no caching");
        using var lab = new LabFixture(repository.Root);

        Assert.Equal(ExitCodes.BadInput, lab.Run("ab", "--base", "HEAD", "--suite", "caching", "--profile", "quick", "--artifacts", lab.Artifacts));
        Assert.Contains("caching do not exist at HEAD", lab.Error.ToString());
        Assert.Empty(lab.Bench.Calls);
        Assert.Equal(repository.Root, repository.Git("worktree", "list", "--porcelain").Split('\n')[0]["worktree ".Length..]);
        Assert.Single(repository.Git("worktree", "list").Split('\n'));
    }
}
