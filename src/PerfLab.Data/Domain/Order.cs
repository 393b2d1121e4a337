namespace PerfLab.Data.Domain;

public enum OrderStatus
{
    Pending = 0,
    Paid = 1,
    Shipped = 2,
    Delivered = 3,
    Cancelled = 4,
}

public sealed record Order
{
    public long Id { get; init; }
    public long CustomerId { get; init; }
    public DateTime OrderedAt { get; init; }
    public OrderStatus Status { get; init; }
    /// <summary>Sum of the order's lines (quantity × unit price × (1 − discount)), rounded to cents.</summary>
    public decimal Total { get; init; }
    /// <summary>Null until the order ships.</summary>
    public DateTime? ShippedAt { get; init; }
    public string? Notes { get; init; }
}
