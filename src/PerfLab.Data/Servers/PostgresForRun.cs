using PerfLab.Machine;

namespace PerfLab.Data.Servers;

/// <summary>
/// One PostgreSQL server for a whole round of a suite: started by the round's host process before any case runs,
/// named to every case process through <see cref="PostgresServer.ConnectionStringVariable"/> and
/// <see cref="PostgresServer.UnixSocketConnectionStringVariable"/> (child processes inherit
/// the host's environment), stopped after the last case. A case still gets a database of its own
/// (<see cref="Postgres.PostgresLabDatabase"/>), copied from a template loaded once per round (once per run, see
/// below) instead of once per case process. Nothing is started when the variable already names a server, or when no
/// server can be had here (the cases then skip their PostgreSQL rows with the reason).
/// </summary>
/// <remarks>
/// Within a perflab run (<see cref="RunScratch"/>) the templates are loaded once per run, not once per round: the first
/// round's server keeps its files in the run's folder when it stops (<see cref="PostgresServer.StopAndKeep"/>), and
/// every later round starts a fresh server process from a copy of them. Each round still gets its own server (cold
/// shared buffers, its own statistics from then on) and each case its own database copied from the same templates;
/// what the rounds share is the rows on disk, which the loader would have written identically (same generator and
/// seed, verified by checksum). The load took about 20 s a round for indexes' data set here.
/// </remarks>
public sealed class PostgresForRun : IDisposable
{
    /// <summary>The subfolder of the run's <see cref="RunScratch"/> folder that holds the first round's server files.</summary>
    public const string SeedFolderName = "postgres-seed";

    private readonly PostgresServer? _server;
    private readonly string? _seed;

    private PostgresForRun(PostgresServer? server, string? seed)
    {
        _server = server;
        _seed = seed;
    }

    /// <summary>The server this round started; null when it uses one named by the variable, or none.</summary>
    public PostgresServer? Server => _server;

    /// <param name="log">One line on what was decided (started, reused, or skipped and why).</param>
    public static PostgresForRun Begin(Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable) is { Length: > 0 })
        {
            log($"PostgreSQL: the server named by ${PostgresServer.ConnectionStringVariable}");
            return new PostgresForRun(null, null);
        }
        if (PostgresServer.UnavailableReason is { } reason)
        {
            log($"PostgreSQL: none for this round ({reason})");
            return new PostgresForRun(null, null);
        }
        var seed = RunScratch.Current is { } scratch ? Directory.CreateDirectory(Path.Combine(scratch, SeedFolderName)).FullName : null;
        var server = PostgresServer.Start(seed: seed);
        Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, server.ConnectionString);
        // The socket too, so cases can compare transports (TCP loopback vs Unix socket) on the same server.
        Environment.SetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable, server.UnixSocketConnectionString);
        var files = server.FromSeed ? "; its files copied from the run's first round, templates loaded" : seed is null ? "" : "; its files kept for the run's later rounds";
        log($"PostgreSQL: a private server for this round on 127.0.0.1:{server.Port} ({server.DescribeSettings()}{files})");
        return new PostgresForRun(server, seed);
    }

    public void Dispose()
    {
        if (_server is null) return;
        Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, null);
        Environment.SetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable, null);
        // The run's first round keeps its files; a later one (started from them) only stops.
        if (_seed is not null && !PostgresServer.HoldsSeed(_seed)) _server.StopAndKeep(_seed);
        else _server.Dispose();
    }
}
