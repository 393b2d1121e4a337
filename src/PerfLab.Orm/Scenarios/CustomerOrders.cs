using Microsoft.Data.Sqlite;

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
public sealed class CustomerOrders(DataAccess access)
    : CustomerOrdersHandCoded<SqliteAdo, SqliteCommand, AdoRow>(access, new SqliteAdo(access), JoinSql, OrdersSql, LinesOfOrderSql, LinesOfCustomerSql)
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
}
