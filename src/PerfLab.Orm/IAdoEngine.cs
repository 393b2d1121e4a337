using System.Data.Common;

namespace PerfLab.Orm;

/// <summary>
/// What hand-coded ADO.NET does differently per engine: the provider's command (its parameter naming and types), a
/// statement prepared once (in the client on SQLite, on the server on PostgreSQL) and the provider's reader behind
/// <see cref="IRowCursor"/>. One struct per engine (<see cref="SqliteAdo"/>, <see cref="Postgres.NpgsqlAdo"/>), passed as
/// a type argument, so the hand-coded techniques written once over it are compiled for each engine with direct calls to
/// its provider, as if written twice.
/// </summary>
public interface IAdoEngine<TCommand, TRow>
    where TCommand : DbCommand
    where TRow : struct, IRowCursor, IDisposable
{
    /// <summary>The engine's name for a parameter its SQL writes as <c>$name</c> (SQLite) or <c>@name</c> (Npgsql).</summary>
    string Parameter(string name);

    /// <summary>
    /// The usual hand-coded call: a new command with the parameters added by value, executed; the row disposes the
    /// reader, then the command.
    /// </summary>
    TRow Query(string sql, params ReadOnlySpan<(string Name, object Value)> parameters);

    /// <summary>A command prepared once for a statement that takes one key (the StatementReuse rows); the caller disposes it.</summary>
    TCommand PrepareKeyed(string sql, string parameter);

    /// <summary>The prepared command run with <paramref name="key"/>; the row disposes the reader only.</summary>
    TRow Query(TCommand prepared, long key);
}
