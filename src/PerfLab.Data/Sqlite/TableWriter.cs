using Microsoft.Data.Sqlite;
using static SQLitePCL.raw;

namespace PerfLab.Data.Sqlite;

/// <summary>
/// Writes rows into one table through a single prepared INSERT: the fast path for bulk loading SQLite.
/// </summary>
/// <remarks>
/// Values are bound by position straight through SQLitePCLRaw on the connection's own handle (inside the caller's
/// transaction). Microsoft.Data.Sqlite re-resolves every parameter by name on each execution, which made a
/// million-row load three times slower; here it takes a few seconds.
/// </remarks>
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

    /// <summary>Inserts the rows; the transaction is the caller's proof that a batch is open (SQLite has one per connection).</summary>
    public int Write(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<T> rows)
    {
        using var insert = Prepare(connection);
        return insert.Write(transaction, rows);
    }

    /// <summary>
    /// The INSERT prepared once on the connection, for a writer that commits many small batches: each batch binds and
    /// steps the same statement, so a batch of one row pays for its commit, not for compiling the statement again.
    /// </summary>
    public PreparedInsert Prepare(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var sql = $"INSERT INTO {_table} ({string.Join(", ", _columns.Select(c => c.Column))}) " +
                  $"VALUES ({string.Join(", ", _columns.Select((_, i) => $"?{i + 1}"))})";
        Check(db, sqlite3_prepare_v2(db, sql, out var statement));
        return new PreparedInsert(this, db, statement);
    }

    /// <summary>A prepared INSERT of this table (see <see cref="Prepare"/>); dispose it before closing the connection.</summary>
    public sealed class PreparedInsert : IDisposable
    {
        private readonly TableWriter<T> _writer;
        private readonly SQLitePCL.sqlite3 _db;
        private readonly SQLitePCL.sqlite3_stmt _statement;

        internal PreparedInsert(TableWriter<T> writer, SQLitePCL.sqlite3 db, SQLitePCL.sqlite3_stmt statement)
        {
            _writer = writer;
            _db = db;
            _statement = statement;
        }

        /// <summary>Inserts the rows inside the caller's open transaction; returns the number written.</summary>
        public int Write(SqliteTransaction transaction, IEnumerable<T> rows)
        {
            ArgumentNullException.ThrowIfNull(transaction);
            var columns = _writer._columns;
            var count = 0;
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    Check(_db, Bind(_statement, i + 1, columns[i].Value(row)));
                }
                var result = sqlite3_step(_statement);
                if (result != SQLITE_DONE) Check(_db, result);
                Check(_db, sqlite3_reset(_statement));
                count++;
            }
            return count;
        }

        public void Dispose() => _statement.Dispose();
    }

    private static int Bind(SQLitePCL.sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => sqlite3_bind_null(statement, index),
        string text => sqlite3_bind_text(statement, index, text),
        long number => sqlite3_bind_int64(statement, index, number),
        int number => sqlite3_bind_int64(statement, index, number),
        bool flag => sqlite3_bind_int(statement, index, flag ? 1 : 0),
        double real => sqlite3_bind_double(statement, index, real),
        byte[] blob => sqlite3_bind_blob(statement, index, blob),
        _ => throw new NotSupportedException(
            $"{value.GetType().Name} has no SQLite storage form here; convert it with {nameof(SqliteValues)} first."),
    };

    private static void Check(SQLitePCL.sqlite3 db, int result)
    {
        if (result is not (SQLITE_OK or SQLITE_DONE or SQLITE_ROW))
        {
            throw new SqliteException($"SQLite Error {result}: '{sqlite3_errmsg(db).utf8_to_string()}'.", result);
        }
    }
}
