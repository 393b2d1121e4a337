using MemoryPack;
using MessagePack;
using PerfLab.Data.Domain;
using ProtoBuf;

namespace PerfLab.Serialization.Contracts;

/// <summary>
/// An order document as an API returns it: the customer nested, the lines inline. Between them the types cover
/// what real payloads carry: dates, decimals, nullable fields, an enum and a GUID.
/// </summary>
[MessagePackObject, ProtoContract, MemoryPackable]
public sealed partial record OrderDto
{
    [Key(0), ProtoMember(1)] public long Id { get; init; }
    [Key(1), ProtoMember(2)] public required CustomerDto Customer { get; init; }
    /// <summary>
    /// The instant the order was placed, with its UTC offset, as APIs report instants. A
    /// <see cref="DateTimeOffset"/> on purpose, so the comparison covers offsets as well as <see cref="DateTime"/> kinds.
    /// </summary>
    [Key(2), ProtoMember(3)] public DateTimeOffset OrderedAt { get; init; }
    [Key(3), ProtoMember(4)] public OrderStatus Status { get; init; }
    [Key(4), ProtoMember(5)] public decimal Total { get; init; }
    [Key(5), ProtoMember(6)] public DateTime? ShippedAt { get; init; }
    [Key(6), ProtoMember(7)] public string? Notes { get; init; }
    [Key(7), ProtoMember(8)] public required List<OrderLineDto> Lines { get; init; }
}
