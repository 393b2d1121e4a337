using PerfLab.Data.Sqlite;

namespace PerfLab.Data.Tests;

/// <summary>Points the template cache at a private folder for one test, so tests never share or leave templates.</summary>
public sealed class TemporaryCacheDirectory : IDisposable
{
    private readonly string? _previous = Environment.GetEnvironmentVariable(LabDatabase.CacheDirectoryVariable);

    public TemporaryCacheDirectory()
    {
        Path = Directory.CreateTempSubdirectory("perflab-cache-test-").FullName;
        Environment.SetEnvironmentVariable(LabDatabase.CacheDirectoryVariable, Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(LabDatabase.CacheDirectoryVariable, _previous);
        Directory.Delete(Path, recursive: true);
    }
}
