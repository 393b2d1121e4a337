namespace PerfLab.Data.Domain;

/// <summary>A customer of the shop. <see cref="Email"/> is the natural key; <see cref="ExternalId"/> a random one.</summary>
public sealed record Customer
{
    public long Id { get; init; }
    public Guid ExternalId { get; init; }
    public required string Email { get; init; }
    public required string Name { get; init; }
    public required string City { get; init; }
    public required string Country { get; init; }
    /// <summary>Null for about a third of customers, so every suite deals with nullable text.</summary>
    public string? Phone { get; init; }
    public DateTime CreatedAt { get; init; }
    public int LoyaltyPoints { get; init; }
}
