namespace PerfLab.Indexes;

/// <summary>
/// An access path's prepared statement, on either engine (<see cref="PreparedQuery{TRow}"/> on SQLite,
/// <see cref="Postgres.PostgresAccessPathDatabase{TRow}"/> on PostgreSQL): a comparison both engines answer calls it the
/// same way, so its techniques are written once.
/// </summary>
public interface IAccessPathQuery<TRow> where TRow : class
{
    /// <summary>The row with this key, or null (a point lookup).</summary>
    TRow? Single(object key);

    /// <summary>Every row between the bounds, in the statement's order (a range read).</summary>
    List<TRow> Range((object From, object To) bounds);
}
