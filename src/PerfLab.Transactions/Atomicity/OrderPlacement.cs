using Dapper;
using Microsoft.Data.Sqlite;
using PerfLab.Data.Domain;
using PerfLab.Orm;
using PerfLab.Orm.Model;

namespace PerfLab.Transactions.Atomicity;

/// <summary>
/// Placing an order (the order row, then its lines) as one unit, the way each access layer does it: ADO.NET and Dapper
/// in an explicit transaction that is disposed without a commit when anything throws, EF Core in the transaction
/// SaveChanges opens itself. Whatever fails halfway, the order and every line already written are rolled back.
/// </summary>
public static class OrderPlacement
{
    public const string OrderSql =
        "INSERT INTO Orders (Id, CustomerId, OrderedAt, Status, Total, ShippedAt, Notes) " +
        "VALUES ($Id, $CustomerId, $OrderedAt, $Status, $Total, $ShippedAt, $Notes)";

    public const string LineSql =
        "INSERT INTO OrderLines (Id, OrderId, ProductId, Quantity, UnitPrice, Discount) " +
        "VALUES ($Id, $OrderId, $ProductId, $Quantity, $UnitPrice, $Discount)";

    /// <summary>ADO.NET: one command per row inside one transaction. <paramref name="afterOrderRow"/> runs between the order and its lines (tests throw from it).</summary>
    public static void PlaceWithAdo(SqliteConnection connection, OrderWithLines order, Action? afterOrderRow = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(order);
        using var transaction = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = OrderSql;
            command.Parameters.AddWithValue("$Id", order.Id);
            command.Parameters.AddWithValue("$CustomerId", order.CustomerId);
            command.Parameters.AddWithValue("$OrderedAt", SqliteValues.Timestamp(order.OrderedAt));
            command.Parameters.AddWithValue("$Status", (int)order.Status);
            command.Parameters.AddWithValue("$Total", SqliteValues.Money(order.Total));
            command.Parameters.AddWithValue("$ShippedAt", SqliteValues.Timestamp(order.ShippedAt));
            command.Parameters.AddWithValue("$Notes", SqliteValues.Text(order.Notes));
            command.ExecuteNonQuery();
        }
        afterOrderRow?.Invoke();
        foreach (var line in order.Lines)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = LineSql;
            command.Parameters.AddWithValue("$Id", line.Id);
            command.Parameters.AddWithValue("$OrderId", line.OrderId);
            command.Parameters.AddWithValue("$ProductId", line.ProductId);
            command.Parameters.AddWithValue("$Quantity", line.Quantity);
            command.Parameters.AddWithValue("$UnitPrice", SqliteValues.Money(line.UnitPrice));
            command.Parameters.AddWithValue("$Discount", SqliteValues.Money(line.Discount));
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Dapper: the order, then <c>Execute</c> over the lines (one INSERT per line), in the caller-owned transaction.</summary>
    public static void PlaceWithDapper(SqliteConnection connection, OrderWithLines order, Action? afterOrderRow = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(order);
        DapperTypeHandlers.Register();
        using var transaction = connection.BeginTransaction();
        connection.Execute(OrderSql, order.ToOrder(), transaction);
        afterOrderRow?.Invoke();
        connection.Execute(LineSql, order.Lines, transaction);
        transaction.Commit();
    }

    /// <summary>EF Core: add the order with its lines, one SaveChanges (its own transaction around every command).</summary>
    public static void PlaceWithEfCore(CommerceDbContext context, OrderWithLines order)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(order);
        context.Orders.Add(order);
        context.SaveChanges();
    }
}
