using Microsoft.Data.Sqlite;

namespace PerfLab.Orm;

/// <summary>
/// The column getters the hand-written mappers need, implemented over SQLitePCLRaw (<see cref="Raw.RawRow"/>)
/// and over ADO.NET (<see cref="AdoRow"/>), so each row shape is mapped once for both layers. Mappers take the
/// reader as a generic struct type parameter, so the JIT specializes them: no interface dispatch is measured.
/// </summary>
public interface IRowReader
{
    bool IsNull(int ordinal);
    long GetInt64(int ordinal);
    int GetInt32(int ordinal);
    string GetString(int ordinal);
    Guid GetGuid(int ordinal);
    decimal GetDecimal(int ordinal);
    DateTime GetDateTime(int ordinal);
}

/// <summary>ADO.NET ordinal getters, the way hand-written Microsoft.Data.Sqlite code reads a row.</summary>
public readonly struct AdoRow(SqliteDataReader reader) : IRowReader
{
    public bool IsNull(int ordinal) => reader.IsDBNull(ordinal);
    public long GetInt64(int ordinal) => reader.GetInt64(ordinal);
    public int GetInt32(int ordinal) => reader.GetInt32(ordinal);
    public string GetString(int ordinal) => reader.GetString(ordinal);
    public Guid GetGuid(int ordinal) => reader.GetGuid(ordinal);
    public decimal GetDecimal(int ordinal) => reader.GetDecimal(ordinal);
    public DateTime GetDateTime(int ordinal) => reader.GetDateTime(ordinal);
}
