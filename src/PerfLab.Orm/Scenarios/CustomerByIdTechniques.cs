using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The by-key read's techniques that are the same on both engines: Dapper over the engine's SQL and EF Core's LINQ
/// queries, each returning the same <see cref="Customer"/> (null when absent). The hand-coded ADO.NET is written once
/// beside them (<see cref="CustomerByIdHandCoded{TAdo, TCommand, TRow}"/>); the engines' classes add what is their own.
/// </summary>
public abstract class CustomerByIdTechniques : OrmScenario
{
    private readonly string _sql;
    private readonly Func<CommerceDbContext, long, Customer?> _compiled;

    /// <param name="sql">The engine's hand-written SQL, with an <c>id</c> parameter.</param>
    /// <param name="compiled">The engine's own <see cref="CompileNoTracking"/> delegate.</param>
    protected CustomerByIdTechniques(IOrmAccess access, string sql, Func<CommerceDbContext, long, Customer?> compiled) : base(access)
    {
        _sql = sql;
        _compiled = compiled;
    }

    /// <summary>
    /// The compiled no-tracking query; a new delegate per engine, since a compiled query keeps the provider's
    /// translation of its first context.
    /// </summary>
    public static Func<CommerceDbContext, long, Customer?> CompileNoTracking() =>
        EF.CompileQuery((CommerceDbContext context, long id) => context.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id));

    public Customer? DapperQueryFirstOrDefault(long id) =>
        Connection.QueryFirstOrDefault<Customer>(_sql, new { id });

    public Customer? EfCompiledNoTracking(long id)
    {
        using var context = RentContext();
        return _compiled(context, id);
    }

    public Customer? EfLinqNoTracking(long id)
    {
        using var context = RentContext();
        return context.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id);
    }

    /// <summary>Tracking query in a fresh (pooled) context: the identity map starts empty, so nothing is served from memory.</summary>
    public Customer? EfLinqTracking(long id)
    {
        using var context = RentContext();
        return context.Customers.FirstOrDefault(c => c.Id == id);
    }

    /// <summary>As <see cref="EfLinqNoTracking"/>, with a context constructed per call instead of rented from the pool.</summary>
    public Customer? EfLinqNoTrackingNewContext(long id)
    {
        using var context = NewContext();
        return context.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id);
    }

    /// <summary>The LINQ query the EF techniques run, for plan tests.</summary>
    public static IQueryable<Customer> EfQuery(CommerceDbContext context, long id) =>
        context.Customers.AsNoTracking().Where(c => c.Id == id).Take(1);
}
