namespace PerfLab.Data.Rows;

/// <summary>
/// Npgsql's ordinal getters behind <see cref="IRowReader"/>, so PostgreSQL's hand-written rows use the same
/// <see cref="RowMapper"/> as SQLite's. Native types: uuid comes back as Guid, timestamptz as a UTC DateTime. Disposing it
/// disposes the reader, and the command that made it when it owns one.
/// </summary>
public readonly struct NpgsqlRow(NpgsqlDataReader reader, NpgsqlCommand? command = null) : IRowCursor, IDisposable
{
    public bool Read() => reader.Read();
    public bool IsNull(int ordinal) => reader.IsDBNull(ordinal);
    public long GetInt64(int ordinal) => reader.GetInt64(ordinal);
    public int GetInt32(int ordinal) => reader.GetInt32(ordinal);
    public string GetString(int ordinal) => reader.GetString(ordinal);
    public Guid GetGuid(int ordinal) => reader.GetGuid(ordinal);
    public decimal GetDecimal(int ordinal) => reader.GetDecimal(ordinal);
    public DateTime GetDateTime(int ordinal) => reader.GetDateTime(ordinal);

    /// <summary>Disposes the reader, then the command it read, when the row was given one to own.</summary>
    public void Dispose()
    {
        reader.Dispose();
        command?.Dispose();
    }
}
