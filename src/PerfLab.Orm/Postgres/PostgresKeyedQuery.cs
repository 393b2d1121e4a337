using Npgsql;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// PostgreSQL's <see cref="Scenarios.KeyedQuery"/>: a read whose hand-written SQL takes one key. Hand-coded ADO.NET
/// builds a new, unprepared command per call (the baseline); the StatementReuse row keeps one command prepared on
/// the server (<see cref="PostgresDataAccess.PrepareCommand"/>) and only binds the key.
/// </summary>
public abstract class PostgresKeyedQuery : IDisposable
{
    private readonly string _sql;
    private readonly string _parameter;
    private readonly NpgsqlCommand _prepared;

    protected PostgresKeyedQuery(PostgresDataAccess access, string sql, string parameter)
    {
        Access = access;
        _sql = sql;
        _parameter = parameter;
        _prepared = access.PrepareCommand(sql, (parameter, 0L));
    }

    protected PostgresDataAccess Access { get; }

    /// <summary>The command prepared once, with the key set.</summary>
    protected NpgsqlCommand BindReused(long key)
    {
        _prepared.Parameters[0].Value = key;
        return _prepared;
    }

    /// <summary>ADO.NET the usual way: a new command for this call; the caller disposes it.</summary>
    protected NpgsqlCommand NewCommand(long key) => Access.NewCommand(_sql, (_parameter, key));

    public void Dispose()
    {
        _prepared.Dispose();
        GC.SuppressFinalize(this);
    }
}
