namespace PerfLab.Lab;

/// <summary>What a command runs against: the repository, the process runner (faked in tests), the writers, the clock and Ctrl-C.</summary>
public sealed class LabContext(string repositoryRoot, IProcessRunner processes, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellation)
{
    public string RepositoryRoot { get; } = repositoryRoot;

    public IProcessRunner Processes { get; } = processes;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Time { get; } = time;

    public CancellationToken Cancellation { get; } = cancellation;

    public Git Git => new(RepositoryRoot);

    /// <summary>The committed results (results/): only a results-profile run is reported here, and only then is README.md updated.</summary>
    public string PublishedResults => Path.Combine(RepositoryRoot, "results");

    /// <summary>The headline findings (with the engines notes and break-even points) the report renders.</summary>
    public string FindingsFile => Path.Combine(RepositoryRoot, "bench", "findings.json");

    public void Step(string message) => Output.WriteLine($"==> {message}");

    public void Warn(string message) => Error.WriteLine($"perflab: warning: {message}");

    /// <summary>A path given on the command line, relative to the current directory.</summary>
    public static string FullPath(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>The repository holding PerfLab.sln, searched upward from <paramref name="start"/>.</summary>
    public static string? FindRepository(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PerfLab.sln"))) return folder.FullName;
        }
        return null;
    }
}
