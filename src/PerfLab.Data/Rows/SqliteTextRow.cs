using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Rows;

/// <summary>
/// ADO.NET getters that parse the lab's TEXT forms itself (<see cref="SqliteValues"/>: upper-case Guid text, the exact
/// timestamp format, read back as UTC) instead of leaving the conversion to Microsoft.Data.Sqlite as <see cref="AdoRow"/>
/// does: the fastest ADO.NET path of the caching and security suites' stores.
/// </summary>
public readonly struct SqliteTextRow(SqliteDataReader reader) : IRowCursor
{
    public bool Read() => reader.Read();
    public bool IsNull(int ordinal) => reader.IsDBNull(ordinal);
    public long GetInt64(int ordinal) => reader.GetInt64(ordinal);
    public int GetInt32(int ordinal) => reader.GetInt32(ordinal);
    public string GetString(int ordinal) => reader.GetString(ordinal);
    public Guid GetGuid(int ordinal) => Guid.Parse(reader.GetString(ordinal));
    public decimal GetDecimal(int ordinal) => SqliteValues.ParseMoney(reader.GetString(ordinal));
    public DateTime GetDateTime(int ordinal) => SqliteValues.ParseTimestamp(reader.GetString(ordinal));
}
