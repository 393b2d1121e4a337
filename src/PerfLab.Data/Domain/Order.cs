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

    /// <summary>The total of these lines, as <see cref="Total"/> defines it: the one rule for the generator and every mapping.</summary>
    public static decimal TotalOf(IEnumerable<OrderLine> lines) =>
        decimal.Round(lines.Sum(l => l.Quantity * l.UnitPrice * (1 - (l.Discount ?? 0))), 2, MidpointRounding.ToEven);
}
