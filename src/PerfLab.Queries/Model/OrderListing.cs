using Microsoft.Data.Sqlite;

namespace PerfLab.Queries.Model;

/// <summary>A row of the order list screen: the order and its customer's name and city, however they are stored.</summary>
public sealed record OrderListing
{
    public long OrderId { get; init; }
    public DateTime OrderedAt { get; init; }
    public OrderStatus Status { get; init; }
    public long TotalCents { get; init; }
    public long CustomerId { get; init; }
    public required string CustomerName { get; init; }
    public required string CustomerCity { get; init; }

    public static OrderListing Read(SqliteDataReader reader) => new()
    {
        OrderId = reader.GetInt64(0),
        OrderedAt = SqliteValues.ParseTimestamp(reader.GetString(1)),
        Status = (OrderStatus)reader.GetInt32(2),
        TotalCents = reader.GetInt64(3),
        CustomerId = reader.GetInt64(4),
        CustomerName = reader.GetString(5),
        CustomerCity = reader.GetString(6),
    };
}
