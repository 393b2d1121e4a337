using Npgsql;
using PerfLab.Data.Postgres;
using PerfLab.Data.Servers;
using PerfLab.Indexes.Postgres;
using Xunit;

namespace PerfLab.Indexes.Tests;

/// <summary>
/// One private server and one copy of the suite's template for the PostgreSQL tests of this assembly (the fixture of
/// their collection), started on first use (a skipped test starts nothing) and stopped when the collection's tests
/// are done: the test host does not reliably run ProcessExit handlers. The tests only read it, or write the insert
/// tables, which every insert workload resets before use.
/// </summary>
public sealed class PostgresIndexServer : IDisposable
{
    /// <summary>The collection of the tests that share the server (run one at a time, as every PostgreSQL test).</summary>
    public const string Collection = "PostgreSQL indexes";

    /// <summary>
    /// The tests' data set: smaller than the benchmarks' (<see cref="PostgresIndexDatabase.Scale"/>), large enough
    /// that the planner makes the same choices (tested against the plan each benchmark row names).
    /// </summary>
    public const int Scale = 20_000;

    private readonly Lazy<(PostgresServer Server, PostgresLabDatabase Database)> _shared = new(() =>
    {
        var server = PostgresServer.Start();
        try
        {
            return (server, PostgresIndexDatabase.Create(server.ConnectionString, Scale));
        }
        catch
        {
            server.Dispose();
            throw;
        }
    });

    public string ConnectionString => _shared.Value.Database.ConnectionString;

    /// <summary>The started server (starting it), for the test that proves disposal stops it.</summary>
    internal PostgresServer Server => _shared.Value.Server;

    public object? Scalar(string sql)
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

    public void Dispose()
    {
        if (!_shared.IsValueCreated) return;
        _shared.Value.Database.Dispose();
        _shared.Value.Server.Dispose();
    }
}

[CollectionDefinition(PostgresIndexServer.Collection)]
public sealed class PostgresIndexCollection : ICollectionFixture<PostgresIndexServer>;
