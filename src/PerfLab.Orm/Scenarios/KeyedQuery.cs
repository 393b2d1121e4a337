using Microsoft.Data.Sqlite;
using PerfLab.Orm.Raw;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// SQLite's hand-written SQL of a read scenario that takes one key. Hand-coded ADO.NET builds a new command per call
/// (<see cref="NewCommand"/>, the comparison's baseline: Dapper and EF Core build one per call too). The "statement
/// reuse" rows prepare the statement once, on the SQLitePCLRaw floor and as an ADO.NET command, and only bind per call.
/// </summary>
public sealed class KeyedQuery : IDisposable
{
    private readonly DataAccess _access;
    private readonly string _sql;
    private readonly string _parameter;
    private readonly RawStatement _raw;
    private readonly SqliteCommand _prepared;

    public KeyedQuery(DataAccess access, string sql, string parameter)
    {
        ArgumentNullException.ThrowIfNull(access);
        _access = access;
        _sql = sql;
        _parameter = parameter;
        _raw = access.Raw.Prepare(sql);
        _prepared = access.PrepareCommand(sql, parameter);
    }

    /// <summary>The raw statement with the key bound; the caller steps it and must <see cref="RawStatement.Reset"/> it.</summary>
    public RawStatement BindRaw(long key)
    {
        _raw.Bind(1, key);
        return _raw;
    }

    /// <summary>The command prepared once, with the key set.</summary>
    public SqliteCommand BindReused(long key)
    {
        _prepared.Parameters[0].Value = key;
        return _prepared;
    }

    /// <summary>ADO.NET the usual way: a new command (parsed and prepared by SQLite again) for this call; the caller disposes it.</summary>
    public SqliteCommand NewCommand(long key) => _access.NewCommand(_sql, (_parameter, key));

    public void Dispose()
    {
        _prepared.Dispose();
        _raw.Dispose();
    }
}
