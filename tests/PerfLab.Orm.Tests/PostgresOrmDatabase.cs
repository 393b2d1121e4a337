using PerfLab.Data.Generation;
using PerfLab.Data.Postgres;
using PerfLab.Data.Servers;
using PerfLab.Orm.Postgres;

namespace PerfLab.Orm.Tests;

/// <summary>
/// One PostgreSQL server and one private database at <see cref="OrmDatabase.Scale"/> for a test class (a class
/// fixture, so the server starts once), with the generator that built it: expected rows come from the generator.
/// Nothing is started when no server can be had here (the <c>[PostgresFact]</c> tests are then skipped).
/// </summary>
public sealed class PostgresOrmDatabase : IDisposable
{
    private readonly PostgresServer? _server;
    private readonly PostgresLabDatabase? _database;
    private readonly List<PostgresDataAccess> _accesses = [];

    public PostgresOrmDatabase()
    {
        Data = new CommerceDataGenerator(OrmDatabase.Scale);
        if (PostgresServer.UnavailableReason is not null) return;
        _server = PostgresServer.Start();
        _database = PostgresLabDatabase.Create(_server.ConnectionString, OrmDatabase.Scale, unixSocketConnectionString: _server.UnixSocketConnectionString);
    }

    public CommerceDataGenerator Data { get; }

    public PostgresLabDatabase Database => _database ?? throw new InvalidOperationException("no PostgreSQL server here");

    /// <summary>The transports this server offers: TCP always, the Unix socket when the lab started the server.</summary>
    public IReadOnlyList<PostgresTransport> Transports =>
        Database.UnixSocketConnectionString is null ? [PostgresTransport.Tcp] : [PostgresTransport.Tcp, PostgresTransport.UnixSocket];

    /// <summary>The techniques' shared connection over a transport; disposed with the fixture.</summary>
    public PostgresDataAccess Access(PostgresTransport transport = PostgresTransport.Tcp)
    {
        var access = new PostgresDataAccess(Database, transport);
        _accesses.Add(access);
        return access;
    }

    public void Dispose()
    {
        foreach (var access in _accesses) access.Dispose();
        _database?.Dispose();
        _server?.Dispose();
    }
}
