namespace PerfLab.Lab.Tests;

public class ManifestTests
{
    private static RunManifest Manifest(params RoundStatus[] statuses) => new()
    {
        Suite = "orm", RunId = "20261127T150102Z-orm-a1b2", Profile = LabNames.Profiles.Results, Commit = "abc123def456", RunSeed = 1234,
        Rounds = statuses.Length, Suites = ["orm"], BenchmarkArgs = ["--filter", "*ById*"], StartedUtc = DateTimeOffset.UnixEpoch,
        RoundLog = statuses.Select((s, i) => new RoundRecord
        {
            Index = i + 1, Seed = 1235 + i, Order = ["orm"], Artifacts = RoundRecord.FolderName(i + 1), Status = s,
        }).ToArray(),
    };

    [Fact]
    public void Round_folders_are_numbered_with_two_digits()
    {
        Assert.Equal("round-01", RoundRecord.FolderName(1));
        Assert.Equal("round-12", RoundRecord.FolderName(12));
    }

    [Fact]
    public void Resume_picks_exactly_the_rounds_not_finished_ok_or_whose_export_is_gone()
    {
        var manifest = Manifest(RoundStatus.Ok, RoundStatus.Failed, RoundStatus.Ok, RoundStatus.Interrupted, RoundStatus.Pending, RoundStatus.Ok);
        Assert.Equal([2, 3, 4, 5], manifest.UnfinishedRounds(round => round.Index != 3));
    }

    [Fact]
    public void A_saved_manifest_reads_back_the_same_and_leaves_no_temporary_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"perflab-manifest-{Guid.NewGuid():N}");
        try
        {
            var path = Path.Combine(folder, RunManifest.FileName);
            var manifest = Manifest(RoundStatus.Ok, RoundStatus.Pending).WithRound(1, r => r with { ExitCode = 0, FinishedUtc = DateTimeOffset.UnixEpoch });
            ManifestStore.Save(path, manifest);
            ManifestStore.Save(path, manifest);

            var read = ManifestStore.Load(path);
            Assert.Equal(manifest.RunId, read.RunId);
            Assert.Equal(manifest.BenchmarkArgs, read.BenchmarkArgs);
            Assert.Equal(manifest.RoundLog.Select(r => (r.Index, r.Seed, r.Status, r.ExitCode)), read.RoundLog.Select(r => (r.Index, r.Seed, r.Status, r.ExitCode)));
            Assert.Equal([path], Directory.GetFiles(folder));
            Assert.Contains("\"status\": \"ok\"", File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_manifest_is_bad_input()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "[1, 2]");
            Assert.Throws<BadInputException>(() => ManifestStore.Load(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
