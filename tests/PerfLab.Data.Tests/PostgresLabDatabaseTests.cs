using Npgsql;
using PerfLab.Data.Generation;
using PerfLab.Data.Postgres;
using PerfLab.Data.Servers;
using PerfLab.Tests.Shared;

namespace PerfLab.Data.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresLabDatabaseTests
{
    [PrivatePostgresFact]
    public void The_data_set_is_loaded_once_per_server_and_every_database_is_a_private_copy_of_it()
    {
        var data = new CommerceDataGenerator(scale: 300);
        using var server = PostgresServer.Start();

        using var first = PostgresLabDatabase.Create(server.ConnectionString, data.Scale);
        using var second = PostgresLabDatabase.Create(server.ConnectionString, data.Scale, unixSocketConnectionString: server.UnixSocketConnectionString);

        Assert.True(first.LoadedTemplate);
        Assert.Null(first.UnixSocketConnectionString);
        Assert.Equal((data.Scale, data.Seed), (second.Scale, second.Seed));
        // The socket connection string reaches this copy, over the socket (no client address).
        Assert.Equal(second.Name, PostgresSql.Scalar(second.UnixSocketConnectionString!, "SELECT current_database()"));
        Assert.Equal(DBNull.Value, PostgresSql.Scalar(second.UnixSocketConnectionString!, "SELECT inet_client_addr()"));
        Assert.False(second.LoadedTemplate);
        Assert.Equal(first.Template, second.Template);
        Assert.NotEqual(first.Name, second.Name);
        using (var connection = new NpgsqlConnection(second.ConnectionString))
        {
            connection.Open();
            Assert.Equal(data.ComputeChecksum(), PostgresCommerce.ComputeChecksum(connection));
        }

        PostgresSql.Scalar(first.ConnectionString, """DELETE FROM "OrderLines" WHERE "Id" = 1""");
        Assert.Equal(0L, PostgresSql.Scalar(first.ConnectionString, """SELECT count(*) FROM "OrderLines" WHERE "Id" = 1"""));
        Assert.Equal(1L, PostgresSql.Scalar(second.ConnectionString, """SELECT count(*) FROM "OrderLines" WHERE "Id" = 1"""));
    }

    [PostgresFact]
    public void Disposing_drops_the_copy_and_keeps_the_template()
    {
        using var server = PostgresServer.Start();
        var database = PostgresLabDatabase.Create(server.ConnectionString, scale: 50);

        database.Dispose();

        Assert.Equal(0L, PostgresSql.Scalar(server.ConnectionString, $"SELECT count(*) FROM pg_database WHERE datname = '{database.Name}'"));
        Assert.Equal(1L, PostgresSql.Scalar(server.ConnectionString, $"SELECT count(*) FROM pg_database WHERE datname = '{database.Template}' AND datistemplate"));
    }

    [PostgresFact]
    public void Setup_waits_past_the_callers_command_timeout_and_the_copy_keeps_it()
    {
        using var server = PostgresServer.Start();
        using (PostgresLabDatabase.Create(server.ConnectionString, scale: 50)) { }
        // Another process loading the template holds its lock longer than the caller's 1 s command timeout.
        var impatient = new NpgsqlConnectionStringBuilder(server.ConnectionString) { CommandTimeout = 1 }.ConnectionString;
        using var holder = new NpgsqlConnection(server.ConnectionString);
        holder.Open();
        var key = PostgresLabDatabase.LockKey(PostgresLabDatabase.TemplateName(50, CommerceDataGenerator.DefaultSeed));
        using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({key})", holder)) take.ExecuteNonQuery();
        var release = Task.Delay(TimeSpan.FromSeconds(2.5)).ContinueWith(_ =>
        {
            using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({key})", holder);
            unlock.ExecuteNonQuery();
        }, TaskScheduler.Default);

        using var database = PostgresLabDatabase.Create(impatient, scale: 50);
        release.Wait();

        // Only setup is unbounded: the measured connections keep the caller's timeout.
        Assert.Equal(1, new NpgsqlConnectionStringBuilder(database.ConnectionString).CommandTimeout);
    }

    [Fact]
    public void Each_data_set_has_its_own_template_name_within_postgresqls_identifier_limit()
    {
        var name = PostgresLabDatabase.TemplateName(1_000_000, CommerceDataGenerator.DefaultSeed);

        Assert.StartsWith("commerce_s1000000_seed20261125_", name, StringComparison.Ordinal);
        Assert.True(name.Length <= 63, name);
        Assert.NotEqual(name, PostgresLabDatabase.TemplateName(100_000, CommerceDataGenerator.DefaultSeed));
        Assert.NotEqual(name, PostgresLabDatabase.TemplateName(1_000_000, seed: 1));
    }

    [Fact]
    public void A_suites_setup_statements_are_part_of_the_templates_name()
    {
        var plain = PostgresLabDatabase.TemplateName(1_000, CommerceDataGenerator.DefaultSeed);
        var extended = PostgresLabDatabase.TemplateName(1_000, CommerceDataGenerator.DefaultSeed, ["CREATE SCHEMA s"]);

        Assert.Equal(plain, PostgresLabDatabase.TemplateName(1_000, CommerceDataGenerator.DefaultSeed, []));
        Assert.NotEqual(plain, extended);
        Assert.NotEqual(extended, PostgresLabDatabase.TemplateName(1_000, CommerceDataGenerator.DefaultSeed, ["CREATE SCHEMA t"]));
    }

    [PostgresFact]
    public void A_suites_setup_statements_run_once_into_the_template_and_every_copy_has_their_result()
    {
        using var server = PostgresServer.Start();
        string[] setup = ["CREATE TABLE \"Extra\" AS SELECT \"Id\" FROM \"Customers\"", "VACUUM ANALYZE \"Extra\""];

        using var first = PostgresLabDatabase.Create(server.ConnectionString, scale: 50, setup: setup);
        using var second = PostgresLabDatabase.Create(server.ConnectionString, scale: 50, setup: setup);

        Assert.True(first.LoadedTemplate);
        Assert.False(second.LoadedTemplate);
        Assert.Equal(50L, PostgresSql.Scalar(second.ConnectionString, "SELECT count(*) FROM \"Extra\""));
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresForRunTests
{
    [PrivatePostgresFact]
    public void A_round_starts_one_server_that_every_case_process_reaches_through_the_variable()
    {
        Assert.Null(Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable));
        var log = new List<string>();

        using (var round = PostgresForRun.Begin(log.Add))
        {
            Assert.NotNull(round.Server);
            Assert.Equal(round.Server!.ConnectionString, Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable));
            Assert.Equal(round.Server.UnixSocketConnectionString, Environment.GetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable));
            // What a case process does: its "server" is a database of its own on the round's server.
            using var caseServer = PostgresServer.Start();
            Assert.False(caseServer.IsPrivate);
            Assert.Equal(round.Server.Port, caseServer.Port);
            // Starting within the round again reuses the server rather than starting a second one.
            using var nested = PostgresForRun.Begin(log.Add);
            Assert.Null(nested.Server);
        }

        Assert.Null(Environment.GetEnvironmentVariable(PostgresServer.ConnectionStringVariable));
        Assert.Null(Environment.GetEnvironmentVariable(PostgresServer.UnixSocketConnectionStringVariable));
        Assert.StartsWith("PostgreSQL: a private server for this round on 127.0.0.1:", log[0], StringComparison.Ordinal);
        Assert.Equal($"PostgreSQL: the server named by ${PostgresServer.ConnectionStringVariable}", log[1]);
    }
}
