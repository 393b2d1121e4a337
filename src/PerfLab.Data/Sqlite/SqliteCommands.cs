using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite;

/// <summary>The two ways the lab's SQLite techniques make a command: prepared once and re-bound, or new per call.</summary>
public static class SqliteCommands
{
    /// <summary>
    /// A command on <paramref name="connection"/>, its parameters declared and the statement prepared once: later calls
    /// only set parameter values and execute ("statement reuse": SQLite parses and plans the SQL once).
    /// </summary>
    public static SqliteCommand PrepareCommand(this SqliteConnection connection, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    /// <summary>A new command per call, its parameters added by value (SQLite compiles it again). The caller disposes it.</summary>
    public static SqliteCommand NewCommand(this SqliteConnection connection, string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }
}
