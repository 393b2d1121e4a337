using System.Runtime.CompilerServices;
using PerfLab.Data.Sqlite;

namespace PerfLab.Transactions.Tests;

/// <summary>
/// Points the database template cache at a folder private to this test run, set before any test starts and deleted
/// when the run ends: tests never share or leave templates.
/// </summary>
internal static class PrivateTemplateCache
{
    [ModuleInitializer]
    internal static void Use()
    {
        var directory = Directory.CreateTempSubdirectory("perflab-transactions-tests-").FullName;
        Environment.SetEnvironmentVariable(LabDatabase.CacheDirectoryVariable, directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
    }
}
