using Microsoft.EntityFrameworkCore;
using PerfLab.Data.Domain;
using PerfLab.Data.Sqlite;
using PerfLab.Orm.Model;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="CustomerOrders"/> on PostgreSQL: a customer's orders in id order, each with its lines in id order, via
/// <c>IX_Orders_CustomerId</c> and <c>IX_OrderLines_OrderId</c>. Here every statement is a round trip to the server,
/// so the N+1 rows pay 1 + orders of them, the join and Include one, the split query two.
/// </summary>
public sealed class PostgresCustomerOrders(PostgresDataAccess access)
{
    public static readonly string JoinSql =
        $"SELECT {RowMapper.ColumnList(CommerceTables.Orders, "o", quoted: true)}, {RowMapper.ColumnList(CommerceTables.OrderLines, "l", quoted: true)} " +
        """FROM "Orders" o LEFT JOIN "OrderLines" l ON l."OrderId" = o."Id" WHERE o."CustomerId" = @customerId ORDER BY o."Id", l."Id" """.TrimEnd();

    public static readonly string OrdersSql = $"""SELECT {PostgresColumns.Orders} FROM "Orders" WHERE "CustomerId" = @customerId ORDER BY "Id" """.TrimEnd();

    public static readonly string LinesOfOrderSql = $"""SELECT {PostgresColumns.OrderLines} FROM "OrderLines" WHERE "OrderId" = @orderId ORDER BY "Id" """.TrimEnd();

    public static readonly string LinesOfCustomerSql =
        $"SELECT {RowMapper.ColumnList(CommerceTables.OrderLines, "l", quoted: true)} " +
        """FROM "Orders" o JOIN "OrderLines" l ON l."OrderId" = o."Id" WHERE o."CustomerId" = @customerId ORDER BY o."Id", l."Id" """.TrimEnd();

    private const int FirstLineOrdinal = 7;

    public List<OrderWithLines> AdoJoinNewCommand(long customerId)
    {
        using var command = access.NewCommand(JoinSql, ("customerId", customerId));
        using var reader = command.ExecuteReader();
        var row = new NpgsqlRow(reader);
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

    public List<OrderWithLines> AdoNPlusOneNewCommand(long customerId)
    {
        var orders = new List<OrderWithLines>();
        using (var command = access.NewCommand(OrdersSql, ("customerId", customerId)))
        using (var reader = command.ExecuteReader())
        {
            var row = new NpgsqlRow(reader);
            while (reader.Read()) orders.Add(RowMapper.Order(row));
        }
        foreach (var order in orders)
        {
            using var command = access.NewCommand(LinesOfOrderSql, ("orderId", order.Id));
            using var reader = command.ExecuteReader();
            var row = new NpgsqlRow(reader);
            while (reader.Read()) order.Lines.Add(RowMapper.OrderLine(row));
        }
        return orders;
    }

    public List<OrderWithLines> DapperMultiMap(long customerId) => CustomerOrders.DapperMultiMap(access.Connection, JoinSql, new { customerId });

    /// <summary>Both statements in one command: Npgsql sends them in one batch, one round trip.</summary>
    public List<OrderWithLines> DapperQueryMultiple(long customerId) =>
        CustomerOrders.DapperQueryMultiple(access.Connection, OrdersSql + ";\n" + LinesOfCustomerSql, new { customerId });

    public List<OrderWithLines> EfInclude(long customerId)
    {
        using var context = access.RentContext();
        return CustomerOrders.EfQuery(context, customerId).ToList();
    }

    public List<OrderWithLines> EfSplitQuery(long customerId)
    {
        using var context = access.RentContext();
        return CustomerOrders.EfQuery(context, customerId).AsSplitQuery().ToList();
    }

    public List<OrderWithLines> EfNPlusOne(long customerId)
    {
        using var context = access.RentContext();
        return CustomerOrders.NPlusOne(context, customerId);
    }
}
