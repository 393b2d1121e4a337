namespace PerfLab.Data.Rows;

/// <summary>
/// The column getters a hand-written mapper needs, implemented over each way the lab reads a row (SQLitePCLRaw,
/// Microsoft.Data.Sqlite, Npgsql), so each row shape is mapped once (<see cref="RowMapper"/>) for every layer and
/// engine. Mappers take the reader as a generic struct type parameter, so the JIT specializes them: no interface
/// dispatch is measured.
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
