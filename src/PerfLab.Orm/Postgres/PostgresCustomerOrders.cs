namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="CustomerOrders"/> on PostgreSQL: a customer's orders in id order, each with its lines in id order, via
/// <c>IX_Orders_CustomerId</c> and <c>IX_OrderLines_OrderId</c>. Here every statement is a round trip to the server,
/// so the N+1 rows pay 1 + orders of them, the join and Include one, the split query two.
/// </summary>
public sealed class PostgresCustomerOrders(PostgresDataAccess access)
    : CustomerOrdersHandCoded<NpgsqlAdo, NpgsqlCommand, NpgsqlRow>(access, new NpgsqlAdo(access), JoinSql, OrdersSql, LinesOfOrderSql, LinesOfCustomerSql)
{
    public static readonly string JoinSql =
        $"SELECT {RowMapper.ColumnList(CommerceTables.Orders, "o", quoted: true)}, {RowMapper.ColumnList(CommerceTables.OrderLines, "l", quoted: true)} " +
        """FROM "Orders" o LEFT JOIN "OrderLines" l ON l."OrderId" = o."Id" WHERE o."CustomerId" = @customerId ORDER BY o."Id", l."Id" """.TrimEnd();

    public static readonly string OrdersSql = $"""SELECT {PostgresColumns.Orders} FROM "Orders" WHERE "CustomerId" = @customerId ORDER BY "Id" """.TrimEnd();

    public static readonly string LinesOfOrderSql = $"""SELECT {PostgresColumns.OrderLines} FROM "OrderLines" WHERE "OrderId" = @orderId ORDER BY "Id" """.TrimEnd();

    public static readonly string LinesOfCustomerSql =
        $"SELECT {RowMapper.ColumnList(CommerceTables.OrderLines, "l", quoted: true)} " +
        """FROM "Orders" o JOIN "OrderLines" l ON l."OrderId" = o."Id" WHERE o."CustomerId" = @customerId ORDER BY o."Id", l."Id" """.TrimEnd();
}
