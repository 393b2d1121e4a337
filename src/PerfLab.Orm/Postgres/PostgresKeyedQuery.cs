using Npgsql;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// PostgreSQL's <see cref="Scenarios.KeyedQuery"/>: the hand-written SQL of a read that takes one key. Hand-coded
/// ADO.NET builds a new, unprepared command per call (the baseline); the StatementReuse row keeps one command prepared
/// on the server (<see cref="PostgresDataAccess.PrepareCommand"/>) and only binds the key.
/// </summary>
public sealed class PostgresKeyedQuery : IDisposable
{
    private readonly PostgresDataAccess _access;
    private readonly string _sql;
    private readonly string _parameter;
    private readonly NpgsqlCommand _prepared;

    public PostgresKeyedQuery(PostgresDataAccess access, string sql, string parameter)
    {
        ArgumentNullException.ThrowIfNull(access);
        _access = access;
        _sql = sql;
        _parameter = parameter;
        _prepared = access.PrepareCommand(sql, (parameter, 0L));
    }

    /// <summary>The command prepared once, with the key set.</summary>
    public NpgsqlCommand BindReused(long key)
    {
        _prepared.Parameters[0].Value = key;
        return _prepared;
    }

    /// <summary>ADO.NET the usual way: a new command for this call; the caller disposes it.</summary>
    public NpgsqlCommand NewCommand(long key) => _access.NewCommand(_sql, (_parameter, key));

    public void Dispose() => _prepared.Dispose();
}
