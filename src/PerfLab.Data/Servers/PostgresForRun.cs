namespace PerfLab.Data.Servers;

/// <summary>
/// One PostgreSQL server for a whole round of a suite: started by the round's host process before any case runs,
/// named to every case process through <see cref="PostgresServer.ConnectionStringVariable"/> and
/// <see cref="PostgresServer.UnixSocketConnectionStringVariable"/> (child processes inherit
/// the host's environment), stopped after the last case. A case still gets a database of its own
/// (<see cref="Postgres.PostgresLabDatabase"/>), copied from a template loaded once per round instead of once per
/// case process. Nothing is started when the variable already names a server, or when no server can be had here
/// (the cases then skip their PostgreSQL rows with the reason).
/// </summary>
public sealed class PostgresForRun : IDisposable
{
    private readonly PostgresServer? _server;

    private PostgresForRun(PostgresServer? server) => _server = server;

    /// <summary>The server this round started; null when it uses one named by the variable, or none.</summary>
    public PostgresServer? Server => _server;

    /// <param name="log">One line on what was decided (started, reused, or skipped and why).</param>
    public static PostgresForRun Begin(Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable) is { Length: > 0 })
        {
            log($"PostgreSQL: the server named by ${PostgresServer.ConnectionStringVariable}");
            return new PostgresForRun(null);
        }
        if (PostgresServer.UnavailableReason is { } reason)
        {
            log($"PostgreSQL: none for this round ({reason})");
            return new PostgresForRun(null);
        }
        var server = PostgresServer.Start();
        Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, server.ConnectionString);
        // The socket too, so cases can compare transports (TCP loopback vs Unix socket) on the same server.
        Environment.SetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable, server.UnixSocketConnectionString);
        log($"PostgreSQL: a private server for this round on 127.0.0.1:{server.Port} ({server.DescribeSettings()})");
        return new PostgresForRun(server);
    }

    public void Dispose()
    {
        if (_server is null) return;
        Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, null);
        Environment.SetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable, null);
        _server.Dispose();
    }
}
