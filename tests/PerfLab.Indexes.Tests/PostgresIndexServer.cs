using Npgsql;
using PerfLab.Data.Postgres;
using PerfLab.Data.Servers;
using PerfLab.Indexes.Postgres;

namespace PerfLab.Indexes.Tests;

/// <summary>
/// One private server and one copy of the suite's template for the PostgreSQL tests of this assembly, started on first
/// use (a skipped test starts nothing) and stopped when the test process ends. The tests only read it, or write the
/// insert tables, which every insert workload resets before use.
/// </summary>
internal static class PostgresIndexServer
{
    /// <summary>
    /// The tests' data set: smaller than the benchmarks' (<see cref="PostgresIndexDatabase.Scale"/>), large enough
    /// that the planner makes the same choices (tested against the plan each benchmark row names).
    /// </summary>
    public const int Scale = 20_000;

    private static readonly Lazy<(PostgresServer Server, PostgresLabDatabase Database)> Shared = new(() =>
    {
        var server = PostgresServer.Start();
        try
        {
            var database = PostgresIndexDatabase.Create(server.ConnectionString, Scale);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                database.Dispose();
                server.Dispose();
            };
            return (server, database);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    });

    public static string ConnectionString => Shared.Value.Database.ConnectionString;

    public static object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    /// <summary>Every row of a query as text, one string per row.</summary>
    public static string[] Strings(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows.ToArray();
    }
}
