using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite;

public static class SqliteInfo
{
    /// <summary>The version of the native SQLite library the lab runs on (<c>select sqlite_version()</c>).</summary>
    public static string Version { get; } = Query("select sqlite_version()");

    private static string Query(string sql)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }
}
