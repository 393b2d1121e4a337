using PerfLab.Machine;

namespace PerfLab.Machine.Tests;

public sealed class RunScratchTests
{
    [Fact]
    public void A_run_folder_exists_until_the_run_ends_and_is_named_to_its_rounds_by_the_variable()
    {
        string folder;
        using (var scratch = RunScratch.Create("20261204T000000Z-orm-abcd"))
        {
            folder = scratch.Folder;
            Assert.True(Directory.Exists(folder));
            Assert.StartsWith(OwnerWatchdog.FolderPrefix + "run-20261204T000000Z-orm-abcd-", Path.GetFileName(folder), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "kept"), "x");
        }
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Outside_a_run_there_is_none()
    {
        var previous = Environment.GetEnvironmentVariable(RunScratch.Variable);
        try
        {
            Environment.SetEnvironmentVariable(RunScratch.Variable, null);
            Assert.Null(RunScratch.Current);
            Environment.SetEnvironmentVariable(RunScratch.Variable, "/nonexistent/perflab-run");
            Assert.Null(RunScratch.Current);
        }
        finally
        {
            Environment.SetEnvironmentVariable(RunScratch.Variable, previous);
        }
    }
}
