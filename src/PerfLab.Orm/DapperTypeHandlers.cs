using System.Data;

namespace PerfLab.Orm;

/// <summary>
/// Dapper's one gap on this schema: Microsoft.Data.Sqlite hands a Guid column back as its TEXT and would bind a Guid
/// parameter as a BLOB. A type handler (Dapper's documented way) reads and writes the upper-case text EF Core uses.
/// DateTime and decimal need nothing: Dapper converts the TEXT values with the invariant culture. On PostgreSQL nothing
/// is needed at all (native uuid); the handler lets those values through.
/// </summary>
public static class DapperTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0) SqlMapper.AddTypeHandler(new GuidTextHandler());
    }

    private sealed class GuidTextHandler : SqlMapper.TypeHandler<Guid>
    {
        // Dapper's handlers are global per type, so this one also serves PostgreSQL, whose uuid columns Npgsql reads
        // and binds as Guid natively: the value is passed through there (SQLite's text path is tested first).
        public override void SetValue(IDbDataParameter parameter, Guid value)
        {
            if (parameter is NpgsqlParameter)
            {
                parameter.DbType = DbType.Guid;
                parameter.Value = value;
                return;
            }
            parameter.DbType = DbType.String;
            parameter.Value = SqliteValues.Guid(value);
        }

        public override Guid Parse(object value) => value is string text ? Guid.Parse(text) : (Guid)value;
    }
}
