namespace PerfLab.Serialization.Contracts;

/// <summary>A customer as it travels on the wire: the string-heavy record of the suite.</summary>
[MessagePackObject, ProtoContract, MemoryPackable]
public sealed partial record CustomerDto
{
    [Key(0), ProtoMember(1)] public long Id { get; set; }
    [Key(1), ProtoMember(2)] public Guid ExternalId { get; set; }
    [Key(2), ProtoMember(3)] public string Email { get; set; } = null!;
    [Key(3), ProtoMember(4)] public string Name { get; set; } = null!;
    [Key(4), ProtoMember(5)] public string City { get; set; } = null!;
    [Key(5), ProtoMember(6)] public string Country { get; set; } = null!;
    [Key(6), ProtoMember(7)] public string? Phone { get; set; }
    [Key(7), ProtoMember(8)] public DateTime CreatedAt { get; set; }
    [Key(8), ProtoMember(9)] public int LoyaltyPoints { get; set; }
}
