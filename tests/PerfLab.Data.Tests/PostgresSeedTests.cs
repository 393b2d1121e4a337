using PerfLab.Data.Servers;
using PerfLab.Machine;
using PerfLab.Tests.Shared;

namespace PerfLab.Data.Tests;

/// <summary>A run's later rounds start their servers from the first round's files instead of loading the data again.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSeedTests
{
    [PrivatePostgresFact]
    public void A_server_started_from_a_kept_seed_holds_what_the_first_one_wrote_and_runs_on_its_own_port_and_folder()
    {
        using var scratch = RunScratch.Create("test-seed");
        var seed = Directory.CreateDirectory(Path.Combine(scratch.Folder, "seed")).FullName;
        Assert.False(PostgresServer.HoldsSeed(seed));

        var first = PostgresServer.Start(seed: seed);
        Assert.False(first.FromSeed);
        PostgresSql.Scalar(first.ConnectionString, "CREATE TABLE kept (value int); INSERT INTO kept VALUES (42)");
        first.StopAndKeep(seed);
        Assert.True(PostgresServer.HoldsSeed(seed));

        using (var second = PostgresServer.Start(seed: seed))
        {
            Assert.True(second.FromSeed);
            Assert.NotEqual(first.Port, second.Port);
            Assert.Equal(42, PostgresSql.Scalar(second.ConnectionString, "SELECT value FROM kept"));
            // The copy is the second server's own: a write there leaves the seed as it was.
            PostgresSql.Scalar(second.ConnectionString, "UPDATE kept SET value = 7");
            Assert.Throws<InvalidOperationException>(() => second.StopAndKeep(seed));
        }

        using var third = PostgresServer.Start(seed: seed);
        Assert.Equal(42, PostgresSql.Scalar(third.ConnectionString, "SELECT value FROM kept"));
    }

    [PrivatePostgresFact]
    public void Within_a_perflab_run_the_first_round_keeps_its_files_and_the_next_starts_from_them()
    {
        using var scratch = RunScratch.Create("test-run");
        var log = new List<string>();
        var previous = Environment.GetEnvironmentVariable(RunScratch.Variable);
        Environment.SetEnvironmentVariable(RunScratch.Variable, scratch.Folder);
        try
        {
            using (var round = PostgresForRun.Begin(log.Add))
            {
                Assert.False(round.Server!.FromSeed);
                PostgresSql.Scalar(round.Server.ConnectionString, "CREATE TABLE loaded (id int)");
            }
            Assert.True(PostgresServer.HoldsSeed(Path.Combine(scratch.Folder, PostgresForRun.SeedFolderName)));

            using (var round = PostgresForRun.Begin(log.Add))
            {
                Assert.True(round.Server!.FromSeed);
                Assert.Equal(0L, PostgresSql.Scalar(round.Server.ConnectionString, "SELECT count(*) FROM loaded"));
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(RunScratch.Variable, previous);
        }

        Assert.EndsWith("its files kept for the run's later rounds)", log[0], StringComparison.Ordinal);
        Assert.EndsWith("its files copied from the run's first round, templates loaded)", log[1], StringComparison.Ordinal);
    }
}
