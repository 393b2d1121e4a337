using Microsoft.Data.Sqlite;

namespace PerfLab.Indexes.Tests;

internal static class Schema
{
    /// <summary>Every index of the database, automatic ones included, by name.</summary>
    public static string[] Indexes(SqliteConnection connection) =>
        Strings(connection, "SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name");

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Every row of a query as text, one string per row: a whole table compared in one assertion.</summary>
    public static string[] Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
        }
        return rows.ToArray();
    }
}
