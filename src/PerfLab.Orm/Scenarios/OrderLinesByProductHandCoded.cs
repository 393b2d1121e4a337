using System.Data.Common;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The list-by-index read's hand-coded ADO.NET, written once for both engines over <typeparamref name="TAdo"/>: a new
/// command per call (the baseline), or one statement prepared once and only re-bound (StatementReuse). Kept out of
/// <see cref="OrderLinesByProductTechniques"/> so EF Core's LINQ there stays in a non-generic class.
/// </summary>
public abstract class OrderLinesByProductHandCoded<TAdo, TCommand, TRow> : OrderLinesByProductTechniques, IDisposable
    where TAdo : struct, IAdoEngine<TCommand, TRow>
    where TCommand : DbCommand
    where TRow : struct, IRowCursor, IDisposable
{
    private readonly TAdo _ado;
    private readonly string _sql;
    private readonly string _parameter;
    private readonly TCommand _prepared;

    /// <param name="sql">The engine's hand-written SQL, with a <c>productId</c> parameter.</param>
    protected OrderLinesByProductHandCoded(IOrmAccess access, TAdo ado, string sql, Func<CommerceDbContext, long, IEnumerable<OrderLine>> compiled)
        : base(access, sql, compiled)
    {
        _ado = ado;
        _sql = sql;
        _parameter = ado.Parameter("productId");
        _prepared = ado.PrepareKeyed(sql, _parameter);
    }

    public List<OrderLine> AdoStatementReuse(long productId)
    {
        using var row = _ado.Query(_prepared, productId);
        return ReadAll(row);
    }

    public List<OrderLine> AdoNewCommand(long productId)
    {
        using var row = _ado.Query(_sql, (_parameter, productId));
        return ReadAll(row);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the prepared statement, and what the engine's class prepared beside it.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _prepared.Dispose();
    }

    /// <summary>The hand-written rows' reading: every row mapped, in the result's order.</summary>
    private static List<OrderLine> ReadAll(TRow row)
    {
        var lines = new List<OrderLine>();
        while (row.Read()) lines.Add(RowMapper.OrderLine(row));
        return lines;
    }
}
