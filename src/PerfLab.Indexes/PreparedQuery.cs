using Microsoft.Data.Sqlite;

namespace PerfLab.Indexes;

/// <summary>
/// One statement prepared once on an open connection, then executed with new parameter values per call: the same raw
/// ADO.NET path for every variant, so what differs between two measurements is the access path, not the client code.
/// </summary>
public sealed class PreparedQuery<TRow> : IAccessPathQuery<TRow>, IDisposable where TRow : class
{
    private readonly SqliteCommand _command;
    private readonly Func<SqliteDataReader, TRow> _read;
    private readonly SqliteParameter? _key;
    private readonly SqliteParameter? _from;
    private readonly SqliteParameter? _to;

    public PreparedQuery(SqliteConnection connection, string sql, Func<SqliteDataReader, TRow> read, SqliteTransaction? transaction = null)
    {
        _read = read;
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _key = AddIfUsed(IndexQueries.KeyParameter);
        _from = AddIfUsed(IndexQueries.FromParameter);
        _to = AddIfUsed(IndexQueries.ToParameter);
        _command.Prepare();
    }

    /// <summary>The row with this key, or null (a point lookup: the statement has a <c>$key</c> parameter).</summary>
    public TRow? Single(object key)
    {
        Bind(_key, key);
        using var reader = _command.ExecuteReader();
        return reader.Read() ? _read(reader) : null;
    }

    /// <summary>Every row between the bounds, in the statement's order (a range read: <c>$from</c> and <c>$to</c>).</summary>
    public List<TRow> Range(object from, object to)
    {
        Bind(_from, from);
        Bind(_to, to);
        var rows = new List<TRow>();
        using var reader = _command.ExecuteReader();
        while (reader.Read()) rows.Add(_read(reader));
        return rows;
    }

    public List<TRow> Range((object From, object To) bounds) => Range(bounds.From, bounds.To);

    public void Dispose() => _command.Dispose();

    private SqliteParameter? AddIfUsed(string name) =>
        _command.CommandText.Contains(name, StringComparison.Ordinal) ? _command.Parameters.Add(new SqliteParameter(name, null)) : null;

    private void Bind(SqliteParameter? parameter, object value)
    {
        if (parameter is null) throw new InvalidOperationException($"The statement has no such parameter: {_command.CommandText}");
        parameter.Value = value;
    }
}
