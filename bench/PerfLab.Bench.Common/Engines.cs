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
    public const string ParameterName = LabNames.Engines.ParameterName;
    public const string Sqlite = LabNames.Engines.Sqlite;
    public const string PostgreSql = LabNames.Engines.PostgreSql;

    public static IReadOnlyList<string> All => LabNames.Engines.All;

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
