using System.Data.Common;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The by-key read's hand-coded ADO.NET, written once for both engines over <typeparamref name="TAdo"/>: a new command
/// per call (the comparison's baseline: Dapper and EF Core build one per call too), or one statement prepared once and
/// only re-bound (StatementReuse). Kept out of <see cref="CustomerByIdTechniques"/> so EF Core's LINQ there stays in a
/// non-generic class.
/// </summary>
public abstract class CustomerByIdHandCoded<TAdo, TCommand, TRow> : CustomerByIdTechniques, IDisposable
    where TAdo : struct, IAdoEngine<TCommand, TRow>
    where TCommand : DbCommand
    where TRow : struct, IRowCursor, IDisposable
{
    private readonly TAdo _ado;
    private readonly string _sql;
    private readonly string _parameter;
    private readonly TCommand _prepared;

    /// <param name="sql">The engine's hand-written SQL, with an <c>id</c> parameter.</param>
    protected CustomerByIdHandCoded(IOrmAccess access, TAdo ado, string sql, Func<CommerceDbContext, long, Customer?> compiled)
        : base(access, sql, compiled)
    {
        _ado = ado;
        _sql = sql;
        _parameter = ado.Parameter("id");
        _prepared = ado.PrepareKeyed(sql, _parameter);
    }

    public Customer? AdoStatementReuse(long id)
    {
        using var row = _ado.Query(_prepared, id);
        return ReadFirst(row);
    }

    public Customer? AdoNewCommand(long id)
    {
        using var row = _ado.Query(_sql, (_parameter, id));
        return ReadFirst(row);
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

    /// <summary>The hand-written rows' reading: the first row mapped, or null.</summary>
    private static Customer? ReadFirst(TRow row) => row.Read() ? RowMapper.Customer(row) : null;
}
