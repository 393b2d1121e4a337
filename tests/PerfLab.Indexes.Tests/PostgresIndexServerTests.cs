using Npgsql;
using PerfLab.Tests.Shared;

namespace PerfLab.Indexes.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIndexServerTests
{
    [PrivatePostgresFact]
    public void Disposing_the_fixture_stops_its_server_and_removes_its_folder()
    {
        var fixture = new PostgresIndexServer();
        var folder = new NpgsqlConnectionStringBuilder(fixture.Server.UnixSocketConnectionString).Host!;
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "perflab-pg-"), folder, StringComparison.Ordinal);
        Assert.NotEmpty(ServerProcesses.In("postgres", folder));

        fixture.Dispose();

        Assert.Empty(ServerProcesses.In("postgres", folder));
        Assert.False(Directory.Exists(folder));
    }
}
