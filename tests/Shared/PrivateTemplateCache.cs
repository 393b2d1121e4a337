using System.Runtime.CompilerServices;
using PerfLab.Data.Sqlite;

namespace PerfLab.Tests.Shared;

/// <summary>
/// Points the database template cache at a folder private to this test run, set before any test starts (so tests
/// running in parallel all see the same value) and deleted when the run ends: tests never share or leave templates.
/// Linked into each test project that builds template databases.
/// </summary>
internal static class PrivateTemplateCache
{
    [ModuleInitializer]
    internal static void Use()
    {
        var directory = Directory.CreateTempSubdirectory(typeof(PrivateTemplateCache).Assembly.GetName().Name + "-").FullName;
        Environment.SetEnvironmentVariable(LabDatabase.CacheDirectoryVariable, directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
    }
}
