namespace PerfLab.Data.Domain;

public sealed record OrderLine
{
    public long Id { get; init; }
    public long OrderId { get; init; }
    public long ProductId { get; init; }
    public int Quantity { get; init; }
    public decimal UnitPrice { get; init; }
    /// <summary>A fraction between 0 and 0.3, or null when no discount applied.</summary>
    public decimal? Discount { get; init; }
}
