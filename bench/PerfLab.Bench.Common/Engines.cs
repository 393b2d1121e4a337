using BenchmarkDotNet.Running;
using PerfLab.Data.Servers;

namespace PerfLab.Bench.Common;

/// <summary>
/// The database engines of the database suites (<c>orm</c>, <c>indexes</c>). A PostgreSQL benchmark class names its
/// engine as a BenchmarkDotNet parameter, <c>[ParamsSource(...)] public string Engine</c> (<see cref="ParameterName"/>),
/// so its cases have IDs of their own and the page shows the engine beside the other parameters; the SQLite classes
/// came first and carry no such parameter, so their IDs stay as published: a case without it is SQLite's. A run can
/// measure one engine (<c>--engine</c>), which is how each engine's rows are published as a run of their own.
/// </summary>
public static class Engines
{
    public const string ParameterName = "Engine";
    public const string Sqlite = "SQLite";
    public const string PostgreSql = "PostgreSQL";

    public static IReadOnlyList<string> All { get; } = [Sqlite, PostgreSql];

    /// <summary>An engine as named on the command line (any case), in its canonical spelling.</summary>
    /// <exception cref="LabUsageException">Not an engine of the lab.</exception>
    public static string Parse(string name) =>
        All.FirstOrDefault(e => string.Equals(e, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new LabUsageException($"--engine '{name}' is not an engine of the lab ({string.Join(", ", All)})");

    /// <summary>The engine a case measures: its Engine parameter, else SQLite's (the classes that have none).</summary>
    public static string Of(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == ParameterName)?.Value as string ?? Sqlite;

    /// <summary>
    /// The Engine parameter's values for a PostgreSQL class: <see cref="PostgreSql"/> when a server can be had here
    /// (a private one, or <see cref="PostgresServer.ConnectionStringVariable"/>'s); otherwise none, so the class has no
    /// cases, and the reason is printed once and recorded in the export (<see cref="LabSkips"/>). No number is invented.
    /// </summary>
    public static IEnumerable<string> PostgreSqlIfAvailable(string suite, string comparison)
    {
        if (PostgresServer.UnavailableReason is not { } reason) return [PostgreSql];
        LabSkips.Record(suite, comparison, $"{PostgreSql}: {reason}");
        return [];
    }
}
