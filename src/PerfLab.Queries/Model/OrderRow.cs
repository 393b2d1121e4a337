using Microsoft.Data.Sqlite;

namespace PerfLab.Queries.Model;

/// <summary>
/// One order as the queries suite stores it (money in whole cents): a page's row, and EF Core's entity for the
/// <c>Orders</c> table. Init-only properties so Dapper, EF Core and the hand-written reader build it the same way.
/// </summary>
public sealed record OrderRow
{
    public const string Columns = "Id, CustomerId, OrderedAt, Status, TotalCents";

    public long Id { get; init; }
    public long CustomerId { get; init; }
    public DateTime OrderedAt { get; init; }
    public OrderStatus Status { get; init; }
    public long TotalCents { get; init; }

    /// <summary>The row at the reader's ordinals 0-4 (<see cref="Columns"/>).</summary>
    public static OrderRow Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        CustomerId = reader.GetInt64(1),
        OrderedAt = SqliteValues.ParseTimestamp(reader.GetString(2)),
        Status = (OrderStatus)reader.GetInt32(3),
        TotalCents = reader.GetInt64(4),
    };

    /// <summary>Where this row sits in the list's order: the keyset of the page that ends with it.</summary>
    public PageKey Key => new(OrderedAt, Id);
}
