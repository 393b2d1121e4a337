using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite;

/// <summary>
/// Writes rows into one table through a single prepared INSERT, parameters bound by position: the fast path for
/// bulk loading SQLite (inside the caller's transaction, a million rows take seconds).
/// </summary>
public sealed class TableWriter<T>
{
    private readonly string _table;
    private readonly (string Column, Func<T, object?> Value)[] _columns;

    public TableWriter(string table, params (string Column, Func<T, object?> Value)[] columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        if (columns.Length == 0) throw new ArgumentException("A table writer needs at least one column.", nameof(columns));
        _table = table;
        _columns = columns;
    }

    public IReadOnlyList<string> Columns => _columns.Select(c => c.Column).ToArray();

    /// <summary>The same columns written into another table (schema variants that hold the same rows).</summary>
    public TableWriter<T> Into(string table) => new(table, _columns);

    public int Write(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<T> rows)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {_table} ({string.Join(", ", _columns.Select(c => c.Column))}) " +
            $"VALUES ({string.Join(", ", _columns.Select((_, i) => $"${i}"))})";
        var parameters = _columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"${i}", null))).ToArray();
        command.Prepare();

        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = _columns[i].Value(row) ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
            count++;
        }
        return count;
    }
}
