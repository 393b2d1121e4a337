using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Rows;

/// <summary>ADO.NET ordinal getters, the way hand-written Microsoft.Data.Sqlite code reads a row (the provider converts the TEXT values).</summary>
public readonly struct AdoRow(SqliteDataReader reader) : IRowCursor
{
    public bool Read() => reader.Read();
    public bool IsNull(int ordinal) => reader.IsDBNull(ordinal);
    public long GetInt64(int ordinal) => reader.GetInt64(ordinal);
    public int GetInt32(int ordinal) => reader.GetInt32(ordinal);
    public string GetString(int ordinal) => reader.GetString(ordinal);
    public Guid GetGuid(int ordinal) => reader.GetGuid(ordinal);
    public decimal GetDecimal(int ordinal) => reader.GetDecimal(ordinal);
    public DateTime GetDateTime(int ordinal) => reader.GetDateTime(ordinal);
}
