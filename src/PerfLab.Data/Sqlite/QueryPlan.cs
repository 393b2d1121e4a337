using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite;

/// <summary>
/// SQLite's <c>EXPLAIN QUERY PLAN</c> for a statement, as its detail lines (e.g.
/// <c>SEARCH Customers USING INTEGER PRIMARY KEY (rowid=?)</c>): how tests prove a benchmark measures the access
/// path its name claims, and how reports show it.
/// </summary>
public static class QueryPlan
{
    public static IReadOnlyList<string> Explain(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var details = new List<string>();
        var detailOrdinal = reader.GetOrdinal("detail");
        while (reader.Read()) details.Add(reader.GetString(detailOrdinal));
        return details;
    }

    /// <summary>The plan as one line, steps separated by " / ".</summary>
    public static string Describe(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        string.Join(" / ", Explain(connection, sql, parameters));
}
