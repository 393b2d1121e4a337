using MemoryPack;
using MessagePack;
using ProtoBuf;

namespace PerfLab.Serialization.Contracts;

/// <summary>A customer as it travels on the wire: the string-heavy record of the suite.</summary>
[MessagePackObject, ProtoContract, MemoryPackable]
public sealed partial record CustomerDto
{
    [Key(0), ProtoMember(1)] public long Id { get; init; }
    [Key(1), ProtoMember(2)] public Guid ExternalId { get; init; }
    [Key(2), ProtoMember(3)] public required string Email { get; init; }
    [Key(3), ProtoMember(4)] public required string Name { get; init; }
    [Key(4), ProtoMember(5)] public required string City { get; init; }
    [Key(5), ProtoMember(6)] public required string Country { get; init; }
    [Key(6), ProtoMember(7)] public string? Phone { get; init; }
    [Key(7), ProtoMember(8)] public DateTime CreatedAt { get; init; }
    [Key(8), ProtoMember(9)] public int LoyaltyPoints { get; init; }
}
