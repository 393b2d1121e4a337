using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// The parent-with-children comparison's techniques that are the same on both engines: Dapper over the engine's
/// SQL and EF Core's queries, each returning a customer's orders in id order with their lines in id order. The
/// hand-coded ADO.NET is written once beside them (<see cref="CustomerOrdersHandCoded{TAdo, TCommand, TRow}"/>).
/// </summary>
public abstract class CustomerOrdersTechniques : OrmScenario
{
    private readonly string _joinSql;
    private readonly string _ordersSql;
    private readonly string _linesOfCustomerSql;

    /// <param name="joinSql">The engine's LEFT JOIN of orders and lines, with a <c>customerId</c> parameter.</param>
    /// <param name="ordersSql">The customer's orders alone.</param>
    /// <param name="linesOfCustomerSql">The lines of all the customer's orders, in parent order.</param>
    protected CustomerOrdersTechniques(IOrmAccess access, string joinSql, string ordersSql, string linesOfCustomerSql) : base(access)
    {
        _joinSql = joinSql;
        _ordersSql = ordersSql;
        _linesOfCustomerSql = linesOfCustomerSql;
    }

    /// <summary>Dapper multi-mapping over the join (<c>splitOn: "Id"</c>), folding rows into parents.</summary>
    public List<OrderWithLines> DapperMultiMap(long customerId)
    {
        var orders = new List<OrderWithLines>();
        OrderWithLines? current = null;
        Connection.Query<OrderWithLines, OrderLine?, OrderWithLines>(_joinSql, (order, line) =>
        {
            if (current is null || current.Id != order.Id)
            {
                current = order;
                orders.Add(order);
            }
            if (line is not null) current.Lines.Add(line);
            return current;
        }, new { customerId }, splitOn: "Id");
        return orders;
    }

    /// <summary>
    /// Dapper <c>QueryMultiple</c>: parents, then all their children, in one command (on PostgreSQL one batch, one
    /// round trip); merged in key order.
    /// </summary>
    public List<OrderWithLines> DapperQueryMultiple(long customerId)
    {
        using var results = Connection.QueryMultiple(_ordersSql + ";\n" + _linesOfCustomerSql, new { customerId });
        var orders = results.Read<OrderWithLines>().AsList();
        var index = 0;
        foreach (var line in results.Read<OrderLine>(buffered: false))
        {
            while (orders[index].Id != line.OrderId) index++;
            orders[index].Lines.Add(line);
        }
        return orders;
    }

    /// <summary>EF Core <c>Include</c> (single query: the same LEFT JOIN), no tracking.</summary>
    public List<OrderWithLines> EfInclude(long customerId)
    {
        using var context = RentContext();
        return EfQuery(context, customerId).ToList();
    }

    /// <summary>EF Core <c>Include</c> with <c>AsSplitQuery</c>: one query for orders, one for their lines.</summary>
    public List<OrderWithLines> EfSplitQuery(long customerId)
    {
        using var context = RentContext();
        return EfQuery(context, customerId).AsSplitQuery().ToList();
    }

    /// <summary>The ORM N+1 trap written out (what lazy loading does): the orders, then a LINQ query per order.</summary>
    public List<OrderWithLines> EfNPlusOne(long customerId)
    {
        using var context = RentContext();
        var orders = context.Orders.AsNoTracking().Where(o => o.CustomerId == customerId).OrderBy(o => o.Id).ToList();
        foreach (var order in orders)
        {
            order.Lines.AddRange(context.OrderLines.AsNoTracking().Where(l => l.OrderId == order.Id).OrderBy(l => l.Id));
        }
        return orders;
    }

    /// <summary>The query behind <see cref="EfInclude"/> and <see cref="EfSplitQuery"/>.</summary>
    public static IQueryable<OrderWithLines> EfQuery(CommerceDbContext context, long customerId) =>
        context.Orders.AsNoTracking()
            .Where(o => o.CustomerId == customerId)
            .OrderBy(o => o.Id)
            .Include(o => o.Lines.OrderBy(l => l.Id));
}
