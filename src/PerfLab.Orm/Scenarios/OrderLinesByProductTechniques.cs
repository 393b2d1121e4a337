using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The list-by-index read's techniques that are the same on both engines: Dapper over the engine's SQL and EF Core's
/// LINQ queries, each returning one product's lines in id order. The hand-coded ADO.NET is written once beside them
/// (<see cref="OrderLinesByProductHandCoded{TAdo, TCommand, TRow}"/>); the engines' classes add what is their own.
/// </summary>
public abstract class OrderLinesByProductTechniques : OrmScenario
{
    private readonly string _sql;
    private readonly Func<CommerceDbContext, long, IEnumerable<OrderLine>> _compiled;

    /// <param name="sql">The engine's hand-written SQL, with a <c>productId</c> parameter.</param>
    /// <param name="compiled">The engine's own <see cref="CompileNoTracking"/> delegate.</param>
    protected OrderLinesByProductTechniques(IOrmAccess access, string sql, Func<CommerceDbContext, long, IEnumerable<OrderLine>> compiled) : base(access)
    {
        _sql = sql;
        _compiled = compiled;
    }

    /// <summary>The compiled no-tracking query; a new delegate per engine (a compiled query keeps its first provider's translation).</summary>
    // AsQueryable picks CompileQuery's sequence overload (an IOrderedQueryable body would be compiled as a scalar).
    public static Func<CommerceDbContext, long, IEnumerable<OrderLine>> CompileNoTracking() =>
        EF.CompileQuery((CommerceDbContext context, long productId) =>
            context.OrderLines.AsNoTracking().Where(l => l.ProductId == productId).OrderBy(l => l.Id).AsQueryable());

    public List<OrderLine> DapperBuffered(long productId) =>
        Connection.Query<OrderLine>(_sql, new { productId }).AsList();

    /// <summary>Dapper streaming rows (<c>buffered: false</c>) into the caller's list: same result, reader held open while consuming.</summary>
    public List<OrderLine> DapperUnbuffered(long productId) =>
        Connection.Query<OrderLine>(_sql, new { productId }, buffered: false).ToList();

    public List<OrderLine> EfCompiledNoTracking(long productId)
    {
        using var context = RentContext();
        return _compiled(context, productId).ToList();
    }

    public List<OrderLine> EfLinqNoTracking(long productId)
    {
        using var context = RentContext();
        return EfQuery(context, productId).ToList();
    }

    /// <summary>Tracking query in a fresh (pooled) context: each row is snapshotted and entered into the identity map.</summary>
    public List<OrderLine> EfLinqTracking(long productId)
    {
        using var context = RentContext();
        return context.OrderLines.Where(l => l.ProductId == productId).OrderBy(l => l.Id).ToList();
    }

    /// <summary>The LINQ query the EF techniques run.</summary>
    public static IQueryable<OrderLine> EfQuery(CommerceDbContext context, long productId) =>
        context.OrderLines.AsNoTracking().Where(l => l.ProductId == productId).OrderBy(l => l.Id);
}
