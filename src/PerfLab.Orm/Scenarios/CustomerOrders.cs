using System.Data;
using Dapper;
using Microsoft.EntityFrameworkCore;
using PerfLab.Data.Domain;
using PerfLab.Data.Sqlite;
using PerfLab.Orm.Model;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// A customer's orders, each with its lines (parent with children): about 4 orders and 16 lines per customer,
/// found through <c>IX_Orders_CustomerId</c> and <c>IX_OrderLines_OrderId</c>. Every technique returns the orders
/// in id order, each with its lines in id order, as <see cref="OrderWithLines"/> objects.
/// </summary>
/// <remarks>
/// The ADO.NET rows are hand coded: a new command per query, as Dapper and EF Core build one per query, so no
/// technique is spared SQLite's statement compilation.
/// </remarks>
public sealed class CustomerOrders
{
    private static readonly string OrderColumns = RowMapper.ColumnList(CommerceTables.Orders);

    /// <summary>One hand-written join (LEFT JOIN, as EF's Include: an order without lines would still be returned).</summary>
    public static readonly string JoinSql =
        $"SELECT {RowMapper.ColumnList(CommerceTables.Orders, "o")}, {RowMapper.ColumnList(CommerceTables.OrderLines, "l")} " +
        "FROM Orders o LEFT JOIN OrderLines l ON l.OrderId = o.Id WHERE o.CustomerId = $customerId ORDER BY o.Id, l.Id";

    public static readonly string OrdersSql = $"SELECT {OrderColumns} FROM Orders WHERE CustomerId = $customerId ORDER BY Id";

    public static readonly string LinesOfOrderSql = $"SELECT {RowMapper.OrderLineColumns} FROM OrderLines WHERE OrderId = $orderId ORDER BY Id";

    /// <summary>The children of all the customer's orders in one statement, in parent order (the second half of a split query).</summary>
    public static readonly string LinesOfCustomerSql =
        $"SELECT {RowMapper.ColumnList(CommerceTables.OrderLines, "l")} FROM Orders o JOIN OrderLines l ON l.OrderId = o.Id " +
        "WHERE o.CustomerId = $customerId ORDER BY o.Id, l.Id";

    private const int FirstLineOrdinal = 7;

    private readonly DataAccess _access;

    public CustomerOrders(DataAccess access) => _access = access;

    /// <summary>One join; a new parent starts whenever the order id changes.</summary>
    public List<OrderWithLines> AdoJoinNewCommand(long customerId)
    {
        using var command = _access.NewCommand(JoinSql, ("$customerId", customerId));
        using var reader = command.ExecuteReader();
        var row = new AdoRow(reader);
        var orders = new List<OrderWithLines>();
        OrderWithLines? current = null;
        while (reader.Read())
        {
            if (current is null || current.Id != row.GetInt64(0))
            {
                current = RowMapper.Order(row);
                orders.Add(current);
            }
            if (!row.IsNull(FirstLineOrdinal)) current.Lines.Add(RowMapper.OrderLine(row, FirstLineOrdinal));
        }
        return orders;
    }

    /// <summary>The N+1 pattern: the orders, then one query per order for its lines.</summary>
    public List<OrderWithLines> AdoNPlusOneNewCommand(long customerId)
    {
        var orders = new List<OrderWithLines>();
        using (var command = _access.NewCommand(OrdersSql, ("$customerId", customerId)))
        using (var reader = command.ExecuteReader())
        {
            var row = new AdoRow(reader);
            while (reader.Read()) orders.Add(RowMapper.Order(row));
        }
        foreach (var order in orders)
        {
            using var command = _access.NewCommand(LinesOfOrderSql, ("$orderId", order.Id));
            using var reader = command.ExecuteReader();
            var row = new AdoRow(reader);
            while (reader.Read()) order.Lines.Add(RowMapper.OrderLine(row));
        }
        return orders;
    }

    /// <summary>Dapper multi-mapping over the same join (<c>splitOn: "Id"</c>), folding rows into parents.</summary>
    public List<OrderWithLines> DapperMultiMap(long customerId) => DapperMultiMap(_access.Connection, JoinSql, new { customerId });

    /// <summary>The <see cref="DapperMultiMap(long)"/> technique on a connection of either engine, over its join SQL.</summary>
    public static List<OrderWithLines> DapperMultiMap(IDbConnection connection, string joinSql, object parameters)
    {
        var orders = new List<OrderWithLines>();
        OrderWithLines? current = null;
        connection.Query<OrderWithLines, OrderLine?, OrderWithLines>(joinSql, (order, line) =>
        {
            if (current is null || current.Id != order.Id)
            {
                current = order;
                orders.Add(order);
            }
            if (line is not null) current.Lines.Add(line);
            return current;
        }, parameters, splitOn: "Id");
        return orders;
    }

    /// <summary>Dapper <c>QueryMultiple</c>: parents, then all their children, in one command; merged in key order.</summary>
    public List<OrderWithLines> DapperQueryMultiple(long customerId) => DapperQueryMultiple(_access.Connection, OrdersSql + ";\n" + LinesOfCustomerSql, new { customerId });

    /// <summary>The <see cref="DapperQueryMultiple(long)"/> technique on a connection of either engine: parents, then their children in parent order.</summary>
    public static List<OrderWithLines> DapperQueryMultiple(IDbConnection connection, string sql, object parameters)
    {
        using var results = connection.QueryMultiple(sql, parameters);
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
        using var context = _access.RentContext();
        return EfQuery(context, customerId).ToList();
    }

    /// <summary>EF Core <c>Include</c> with <c>AsSplitQuery</c>: one query for orders, one for their lines.</summary>
    public List<OrderWithLines> EfSplitQuery(long customerId)
    {
        using var context = _access.RentContext();
        return EfQuery(context, customerId).AsSplitQuery().ToList();
    }

    /// <summary>The ORM N+1 trap written out (what lazy loading does): the orders, then a LINQ query per order.</summary>
    public List<OrderWithLines> EfNPlusOne(long customerId)
    {
        using var context = _access.RentContext();
        return NPlusOne(context, customerId);
    }

    /// <summary>The <see cref="EfNPlusOne"/> technique on a context of either engine.</summary>
    public static List<OrderWithLines> NPlusOne(CommerceDbContext context, long customerId)
    {
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
