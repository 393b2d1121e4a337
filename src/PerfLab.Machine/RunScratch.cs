namespace PerfLab.Machine;

/// <summary>
/// A temporary folder that lives exactly as long as one results run: perflab creates it before the run's first round,
/// names it to every round's bench program (<see cref="Variable"/>), and deletes it after the last; should perflab die
/// first, <see cref="OwnerWatchdog"/> deletes it. Rounds keep there what they can share without sharing a measurement:
/// the PostgreSQL cluster files with the data set loaded (<c>PostgresForRun</c>), so each round starts a fresh server
/// from them instead of loading the same rows again.
/// </summary>
public sealed class RunScratch : IDisposable
{
    /// <summary>The environment variable naming the run's folder to a round's bench program.</summary>
    public const string Variable = "PERFLAB_RUN_SCRATCH";

    private RunScratch(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The folder of the run this process is a round of; null outside a perflab run (a direct <c>dotnet run</c>, tests).</summary>
    public static string? Current =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder && Directory.Exists(folder) ? folder : null;

    /// <param name="runId">The run's id, in the folder's name for whoever finds one.</param>
    /// <param name="owner">The process whose end deletes the folder (default: this one; a test names another).</param>
    public static RunScratch Create(string runId, int? owner = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        var folder = Directory.CreateTempSubdirectory($"{OwnerWatchdog.FolderPrefix}run-{runId}-").FullName;
        OwnerWatchdog.Start(folder, $"rm -rf {OwnerWatchdog.Quote(folder)}", owner);
        return new RunScratch(folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
