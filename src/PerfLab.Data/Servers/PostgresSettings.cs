using System.Globalization;

namespace PerfLab.Data.Servers;

/// <summary>
/// The settings the lab's private PostgreSQL server runs with, fixed so every run measures the same server; the page
/// records what the server itself reports (<see cref="PostgresServer.ReportedSettings"/>).
/// </summary>
/// <param name="SharedBuffersMiB">PostgreSQL's own page cache: large enough for the lab's million-row data sets (tables and indexes), as SQLite's files sit in the OS page cache.</param>
/// <param name="SynchronousCommit">On (the default): a commit returns after its WAL is flushed to disk, the durability an application expects.</param>
/// <param name="Jit">Off: PostgreSQL's LLVM JIT compiles only queries whose estimated cost is high, and then adds compile time to an OLTP-sized query; off keeps a plan's cost free of it (the default is on where the server is built with LLVM).</param>
public sealed record PostgresSettings(int SharedBuffersMiB = 256, bool SynchronousCommit = true, bool Jit = false)
{
    public static PostgresSettings Lab { get; } = new();

    /// <summary>The lab metric holding the server's reported settings (<see cref="PostgresServer.DescribeSettings(Npgsql.NpgsqlConnection)"/>) on every PostgreSQL row.</summary>
    public const string MetricName = "PostgresSettings";

    /// <summary>The names the lab sets and reports, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["shared_buffers", "synchronous_commit", "fsync", "jit", "max_connections"];

    /// <summary>Lines for <c>postgresql.conf</c>: loopback and a private socket directory, then the settings above.</summary>
    public IEnumerable<string> ConfigurationLines(int port, string socketDirectory) =>
    [
        "# PerfLab: a private server on loopback (PerfLab.Data.Servers.PostgresServer)",
        Invariant($"port = {port}"),
        "listen_addresses = '127.0.0.1'",
        $"unix_socket_directories = '{socketDirectory.Replace("'", "''", StringComparison.Ordinal)}'",
        Invariant($"shared_buffers = {SharedBuffersMiB}MB"),
        $"synchronous_commit = {(SynchronousCommit ? "on" : "off")}",
        "fsync = on",
        $"jit = {(Jit ? "on" : "off")}",
        "max_connections = 64",
    ];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
