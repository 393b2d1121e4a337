using Npgsql;

namespace PerfLab.Data.Tests;

/// <summary>One statement on a new connection, for tests that check what a server holds.</summary>
internal static class PostgresSql
{
    public static object? Scalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
