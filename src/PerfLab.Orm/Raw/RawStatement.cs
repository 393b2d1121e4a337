using System.Text;

namespace PerfLab.Orm.Raw;

/// <summary>
/// A statement prepared once (<c>sqlite3_prepare_v2</c>) and run many times: bind, step, reset.
/// </summary>
public sealed class RawStatement : IDisposable
{
    private readonly RawConnection _connection;
    private readonly sqlite3_stmt _statement;

    internal RawStatement(RawConnection connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
    }

    public void Bind(int index, long value) => _connection.Check(raw.sqlite3_bind_int64(_statement, index, value), "bind");

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            _connection.Check(raw.sqlite3_bind_null(_statement, index), "bind");
            return;
        }
        // Encode on the stack: SQLitePCLRaw's string overload would allocate a UTF-8 copy per call.
        var maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> utf8 = maxBytes <= 512 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        BindUtf8(index, utf8[..Encoding.UTF8.GetBytes(value, utf8)]);
    }

    /// <summary>Binds UTF-8 text (SQLite copies it), so callers can format values on the stack.</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> utf8) => _connection.Check(raw.sqlite3_bind_text(_statement, index, utf8), "bind");

    /// <summary>Advances to the next row: true on a row, false when done.</summary>
    public bool Step()
    {
        var result = raw.sqlite3_step(_statement);
        _connection.Check(result, "step");
        return result == raw.SQLITE_ROW;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Execute()
    {
        Step();
        Reset();
    }

    /// <summary>Makes the statement runnable again and ends its read of the database (bindings are kept).</summary>
    public void Reset() => raw.sqlite3_reset(_statement);

    /// <summary>The current row's columns (valid after <see cref="Step"/> returned true).</summary>
    public RawRow Row => new(_statement);

    public void Dispose() => _statement.Dispose();
}
