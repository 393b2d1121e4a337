namespace PerfLab.Data.Domain;

public sealed record Product
{
    public long Id { get; init; }
    public required string Sku { get; init; }
    public required string Name { get; init; }
    public required string Category { get; init; }
    public decimal Price { get; init; }
    /// <summary>Null for about a quarter of products.</summary>
    public string? Description { get; init; }
    public bool Discontinued { get; init; }
}
