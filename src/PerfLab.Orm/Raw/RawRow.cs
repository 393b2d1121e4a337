using System.Globalization;
using System.Text;

namespace PerfLab.Orm.Raw;

/// <summary>
/// Column getters over the current row of a raw statement. TEXT values are parsed straight from SQLite's UTF-8
/// buffer, so only the strings the caller keeps are allocated. A struct, so generic mappers are specialized for it.
/// </summary>
public readonly struct RawRow : IRowReader
{
    private readonly sqlite3_stmt _statement;

    internal RawRow(sqlite3_stmt statement) => _statement = statement;

    public bool IsNull(int ordinal) => raw.sqlite3_column_type(_statement, ordinal) == raw.SQLITE_NULL;

    public long GetInt64(int ordinal) => raw.sqlite3_column_int64(_statement, ordinal);

    public int GetInt32(int ordinal) => raw.sqlite3_column_int(_statement, ordinal);

    public string GetString(int ordinal) => Encoding.UTF8.GetString(Utf8(ordinal));

    public Guid GetGuid(int ordinal) => Guid.Parse(Utf8(ordinal));

    public decimal GetDecimal(int ordinal) => decimal.Parse(Utf8(ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    public DateTime GetDateTime(int ordinal)
    {
        // Timestamps are ASCII: widen them on the stack and parse with the format the lab writes.
        Span<char> text = stackalloc char[32];
        var length = Encoding.ASCII.GetChars(Utf8(ordinal), text);
        return DateTime.ParseExact(text[..length], SqliteValues.DateTimeFormat, CultureInfo.InvariantCulture);
    }

    // For a TEXT value, sqlite3_column_blob returns the value's UTF-8 bytes (sqlite3_column_bytes long).
    private ReadOnlySpan<byte> Utf8(int ordinal) => raw.sqlite3_column_blob(_statement, ordinal);
}
