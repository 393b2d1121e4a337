using Microsoft.Data.Sqlite;

namespace PerfLab.Orm;

/// <summary>Hand-coded ADO.NET on SQLite (Microsoft.Data.Sqlite) over the shared connection: <see cref="IAdoEngine{TCommand, TRow}"/>.</summary>
public readonly struct SqliteAdo(DataAccess access) : IAdoEngine<SqliteCommand, AdoRow>
{
    public string Parameter(string name) => "$" + name;

    public AdoRow Query(string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        var command = access.NewCommand(sql, parameters);
        try
        {
            return new AdoRow(command.ExecuteReader(), command);
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    public SqliteCommand PrepareKeyed(string sql, string parameter) => access.PrepareCommand(sql, parameter);

    public AdoRow Query(SqliteCommand prepared, long key)
    {
        prepared.Parameters[0].Value = key;
        return new AdoRow(prepared.ExecuteReader());
    }
}
