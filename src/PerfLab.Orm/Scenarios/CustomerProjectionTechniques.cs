using Microsoft.EntityFrameworkCore;
using PerfLab.Data.Generation;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The projection comparison's techniques that are the same on both engines: a page of <see cref="PageSize"/>
/// customers by primary-key range, as three-column <see cref="CustomerSummary"/> DTOs or whole <see cref="Customer"/>
/// entities, through Dapper over the engine's SQL and EF Core's LINQ. The hand-coded ADO.NET is written once beside them
/// (<see cref="CustomerProjectionHandCoded{TAdo, TCommand, TRow}"/>).
/// </summary>
public abstract class CustomerProjectionTechniques : OrmScenario
{
    public const int PageSize = 100;

    private readonly string _summarySql;
    private readonly string _entitySql;

    /// <param name="summarySql">The engine's SQL for the three columns, with <c>first</c> and <c>last</c> parameters.</param>
    /// <param name="entitySql">The same range's whole rows.</param>
    protected CustomerProjectionTechniques(IOrmAccess access, string summarySql, string entitySql) : base(access)
    {
        _summarySql = summarySql;
        _entitySql = entitySql;
    }

    /// <summary>The first id of every whole page in a table of <paramref name="customers"/> rows.</summary>
    public static KeyCycle<long> PageStarts(int customers) =>
        KeyCycle.Shuffled(Enumerable.Range(0, Math.Max(1, customers / PageSize)).Select(page => (long)page * PageSize + 1));

    public static long Last(long first) => first + PageSize - 1;

    public List<CustomerSummary> DapperSummaries(long first) =>
        Connection.Query<CustomerSummary>(_summarySql, new { first, last = Last(first) }).AsList();

    public List<Customer> DapperEntities(long first) =>
        Connection.Query<Customer>(_entitySql, new { first, last = Last(first) }).AsList();

    /// <summary>LINQ <c>Select</c> into the DTO: EF selects only the three columns and tracks nothing.</summary>
    public List<CustomerSummary> EfSummaries(long first)
    {
        using var context = RentContext();
        return EfSummaryQuery(context, first).ToList();
    }

    public List<Customer> EfEntitiesNoTracking(long first)
    {
        using var context = RentContext();
        return EfEntityQuery(context, first).AsNoTracking().ToList();
    }

    /// <summary>The common default: whole tracked entities to show three fields (fresh pooled context per call).</summary>
    public List<Customer> EfEntitiesTracking(long first)
    {
        using var context = RentContext();
        return EfEntityQuery(context, first).ToList();
    }

    public static IQueryable<CustomerSummary> EfSummaryQuery(CommerceDbContext context, long first) =>
        EfEntityQuery(context, first).Select(c => new CustomerSummary(c.Id, c.Name, c.Email));

    public static IQueryable<Customer> EfEntityQuery(CommerceDbContext context, long first)
    {
        var last = Last(first);
        return context.Customers.Where(c => c.Id >= first && c.Id <= last).OrderBy(c => c.Id);
    }
}
