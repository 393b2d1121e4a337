namespace PerfLab.Orm.Raw;

/// <summary>
/// A connection opened straight through SQLitePCLRaw, the native layer under Microsoft.Data.Sqlite: no ADO.NET
/// objects, no boxing, no parameter collections. It is the floor every other technique is measured against.
/// </summary>
public sealed class RawConnection : IDisposable
{
    private readonly sqlite3 _db;

    static RawConnection() => Batteries_V2.Init();

    public RawConnection(string filePath)
    {
        Check(raw.sqlite3_open_v2(filePath, out _db, raw.SQLITE_OPEN_READWRITE, null), "open");
        // The same wait Microsoft.Data.Sqlite applies (its 30 s command timeout) when another connection writes.
        raw.sqlite3_busy_timeout(_db, 30_000);
    }

    public RawStatement Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement), "prepare");
        return new RawStatement(this, statement);
    }

    public void Execute(string sql) => Check(raw.sqlite3_exec(_db, sql), sql);

    /// <summary>The value of a PRAGMA on this connection, as text (SQLite converts numbers).</summary>
    public string Pragma(string name)
    {
        using var statement = Prepare("PRAGMA " + name);
        return statement.Step() ? statement.Row.GetString(0) : throw new InvalidOperationException($"PRAGMA {name} returned no row");
    }

    public void Dispose() => _db.Dispose();

    internal void Check(int result, string operation)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            throw new InvalidOperationException($"SQLite {operation} failed ({result}): {raw.sqlite3_errmsg(_db).utf8_to_string()}");
        }
    }
}
