using System.Diagnostics;
using Npgsql;
using PerfLab.Data.Servers;
using PerfLab.Tests.Shared;

namespace PerfLab.Data.Tests;

// One server per test: each proves a whole start-to-stop cycle, and a private server starts in about a second.
[Collection(PostgresCollection.Name)]
public sealed class PostgresServerTests
{
    /// <summary>Split placement: the postmaster, its background processes and every backend run on the servers' CPUs, as read back from the kernel.</summary>
    [PrivatePostgresFact]
    public void Every_process_of_a_private_server_runs_on_the_placements_server_cpus()
    {
        var placement = PerfLab.Machine.CpuPlacement.Current;
        using var server = PostgresServer.Start();
        var processes = PostgresServer.ServerProcesses(server.ConnectionString);

        Assert.True(processes.Count >= 3, $"the server lists {processes.Count} processes");
        var record = placement.ReadBack("PostgreSQL", processes);
        var all = PerfLab.Machine.CpuPlacement.Format(PerfLab.Machine.CpuPlacement.AllowedCpus("self")!);
        Assert.Equal(placement.Mode == PerfLab.Machine.CpuPlacement.Split ? placement.ServerCpus : all, record.ServerCpus);
    }

    [PrivatePostgresFact]
    public void A_private_server_answers_over_loopback_tcp_and_its_unix_socket_in_the_labs_database()
    {
        using var server = PostgresServer.Start();

        Assert.True(server.IsPrivate);
        Assert.Equal(PostgresServer.LabUser, PostgresSql.Scalar(server.ConnectionString, "SELECT current_database()"));
        Assert.Equal("127.0.0.1/32", PostgresSql.Scalar(server.ConnectionString, "SELECT inet_server_addr()::text"));
        // Over the socket the server sees no client address at all.
        Assert.Equal(DBNull.Value, PostgresSql.Scalar(server.UnixSocketConnectionString!, "SELECT inet_client_addr()"));
    }

    [PrivatePostgresFact]
    public void The_server_reports_the_labs_settings()
    {
        using var server = PostgresServer.Start();

        var settings = server.ReportedSettings();

        Assert.Equal("256MB", settings["shared_buffers"]);
        Assert.Equal("on", settings["synchronous_commit"]);
        Assert.Equal("on", settings["fsync"]);
        Assert.Equal("off", settings["jit"]);
        Assert.Matches(@"^\d+\.\d+", settings["server_version"]);
        Assert.StartsWith("server_version=", server.DescribeSettings(), StringComparison.Ordinal);
    }

    [PrivatePostgresFact]
    public void Disposing_stops_the_server_and_removes_its_folder()
    {
        var server = PostgresServer.Start();
        var connectionString = server.ConnectionString;
        var socketFolder = new NpgsqlConnectionStringBuilder(server.UnixSocketConnectionString).Host!;

        server.Dispose();

        Assert.False(Directory.Exists(socketFolder));
        Assert.Empty(ServerProcesses.In("postgres", socketFolder));
        using var connection = new NpgsqlConnection(connectionString + ";Timeout=2");
        Assert.ThrowsAny<NpgsqlException>(() => connection.Open());
    }

    [PrivatePostgresFact]
    public void A_private_server_stops_and_its_folder_goes_when_its_owner_dies_without_disposing_it()
    {
        using var owner = Process.Start("sleep", "120");
        var server = PostgresServer.Start(settings: null, owner: owner.Id);
        var folder = new NpgsqlConnectionStringBuilder(server.UnixSocketConnectionString).Host!;
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "perflab-pg-"), folder, StringComparison.Ordinal);
        Assert.NotEmpty(ServerProcesses.In("postgres", folder));

        owner.Kill();
        owner.WaitForExit();

        Assert.True(ServerProcesses.GoneWithin("postgres", folder, TimeSpan.FromSeconds(30)), $"postgres in {folder} outlived its owner");
    }

    [PrivatePostgresFact]
    public void On_an_existing_server_the_lab_creates_its_own_database_and_drops_it_again()
    {
        using var host = PostgresServer.Start();
        var admin = new NpgsqlConnectionStringBuilder(host.ConnectionString) { Database = "postgres" }.ConnectionString;
        var previous = Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable);
        Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, admin);
        try
        {
            string database;
            using (var server = PostgresServer.Start())
            {
                database = server.Database;
                Assert.False(server.IsPrivate);
                Assert.Null(server.UnixSocketConnectionString);
                Assert.StartsWith("perflab_", database, StringComparison.Ordinal);
                Assert.Equal(database, PostgresSql.Scalar(server.ConnectionString, "SELECT current_database()"));
            }
            Assert.Equal(0L, PostgresSql.Scalar(admin, $"SELECT count(*) FROM pg_database WHERE datname = '{database}'"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, previous);
        }
    }

    [Fact]
    public void A_bad_connection_string_in_the_variable_is_one_clear_error()
    {
        var previous = Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable);
        Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, "Host=127.0.0.1;NoSuchKeyword=1");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => PostgresServer.Start());
            Assert.StartsWith($"${PostgresServer.ConnectionStringVariable} is not a valid connection string", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(PostgresServer.ConnectionStringVariable, previous);
        }
    }
}
