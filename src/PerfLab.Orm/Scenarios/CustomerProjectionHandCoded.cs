using System.Data.Common;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The projection comparison's hand-coded ADO.NET, written once for both engines over <typeparamref name="TAdo"/>: a new
/// command per page, as Dapper and EF Core build one per query. Kept out of <see cref="CustomerProjectionTechniques"/>
/// so EF Core's LINQ there stays in a non-generic class.
/// </summary>
public abstract class CustomerProjectionHandCoded<TAdo, TCommand, TRow> : CustomerProjectionTechniques
    where TAdo : struct, IAdoEngine<TCommand, TRow>
    where TCommand : DbCommand
    where TRow : struct, IRowCursor, IDisposable
{
    private readonly TAdo _ado;
    private readonly string _summarySql;
    private readonly string _entitySql;
    private readonly string _first;
    private readonly string _last;

    protected CustomerProjectionHandCoded(IOrmAccess access, TAdo ado, string summarySql, string entitySql) : base(access, summarySql, entitySql)
    {
        _ado = ado;
        _summarySql = summarySql;
        _entitySql = entitySql;
        (_first, _last) = (ado.Parameter("first"), ado.Parameter("last"));
    }

    public List<CustomerSummary> AdoSummariesNewCommand(long first)
    {
        using var row = _ado.Query(_summarySql, (_first, first), (_last, Last(first)));
        return ReadSummaries(row);
    }

    public List<Customer> AdoEntitiesNewCommand(long first)
    {
        using var row = _ado.Query(_entitySql, (_first, first), (_last, Last(first)));
        return ReadEntities(row);
    }

    /// <summary>The hand-written summaries' reading: every row of the page.</summary>
    private static List<CustomerSummary> ReadSummaries(TRow row)
    {
        var summaries = new List<CustomerSummary>(PageSize);
        while (row.Read()) summaries.Add(CustomerSummary.Read(row));
        return summaries;
    }

    /// <summary>The hand-written entities' reading: every row of the page.</summary>
    private static List<Customer> ReadEntities(TRow row)
    {
        var customers = new List<Customer>(PageSize);
        while (row.Read()) customers.Add(RowMapper.Customer(row));
        return customers;
    }
}
