namespace PerfLab.Orm.Postgres;

/// <summary>
/// Hand-coded ADO.NET on PostgreSQL (Npgsql) over the shared connection: <see cref="IAdoEngine{TCommand, TRow}"/>. A new
/// command is unprepared (the server parses and plans it again); a prepared one is a named statement on the server.
/// </summary>
public readonly struct NpgsqlAdo(PostgresDataAccess access) : IAdoEngine<NpgsqlCommand, NpgsqlRow>
{
    public string Parameter(string name) => name;

    public NpgsqlRow Query(string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        var command = access.NewCommand(sql, parameters);
        try
        {
            return new NpgsqlRow(command.ExecuteReader(), command);
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    // The sample value gives the parameter its type (bigint) for the server's plan.
    public NpgsqlCommand PrepareKeyed(string sql, string parameter) => access.PrepareCommand(sql, (parameter, 0L));

    public NpgsqlRow Query(NpgsqlCommand prepared, long key)
    {
        prepared.Parameters[0].Value = key;
        return new NpgsqlRow(prepared.ExecuteReader());
    }
}
