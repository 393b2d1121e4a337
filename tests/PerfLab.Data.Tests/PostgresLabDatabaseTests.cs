using Npgsql;
using PerfLab.Data.Generation;
using PerfLab.Data.Postgres;
using PerfLab.Data.Servers;

namespace PerfLab.Data.Tests;

public sealed class PostgresLabDatabaseTests
{
    private static object? Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    [PostgresFact]
    public void The_data_set_is_loaded_once_per_server_and_every_database_is_a_private_copy_of_it()
    {
        var data = new CommerceDataGenerator(scale: 300);
        using var server = PostgresServer.Start();

        using var first = PostgresLabDatabase.Create(server.ConnectionString, data.Scale);
        using var second = PostgresLabDatabase.Create(server.ConnectionString, data.Scale);

        Assert.True(first.LoadedTemplate);
        Assert.False(second.LoadedTemplate);
        Assert.Equal(first.Template, second.Template);
        Assert.NotEqual(first.Name, second.Name);
        using (var connection = new NpgsqlConnection(second.ConnectionString))
        {
            connection.Open();
            Assert.Equal(data.ComputeChecksum(), PostgresCommerce.ComputeChecksum(connection));
        }

        Scalar(first.ConnectionString, """DELETE FROM "OrderLines" WHERE "Id" = 1""");
        Assert.Equal(0L, Scalar(first.ConnectionString, """SELECT count(*) FROM "OrderLines" WHERE "Id" = 1"""));
        Assert.Equal(1L, Scalar(second.ConnectionString, """SELECT count(*) FROM "OrderLines" WHERE "Id" = 1"""));
    }

    [PostgresFact]
    public void Disposing_drops_the_copy_and_keeps_the_template()
    {
        using var server = PostgresServer.Start();
        var database = PostgresLabDatabase.Create(server.ConnectionString, scale: 50);

        database.Dispose();

        Assert.Equal(0L, Scalar(server.ConnectionString, $"SELECT count(*) FROM pg_database WHERE datname = '{database.Name}'"));
        Assert.Equal(1L, Scalar(server.ConnectionString, $"SELECT count(*) FROM pg_database WHERE datname = '{database.Template}' AND datistemplate"));
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
}
