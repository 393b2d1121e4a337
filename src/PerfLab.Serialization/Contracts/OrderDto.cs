namespace PerfLab.Serialization.Contracts;

/// <summary>
/// An order document as an API returns it: the customer nested, the lines inline. Between them the types cover
/// what real payloads carry: dates, decimals, nullable fields, an enum and a GUID.
/// </summary>
[MessagePackObject, ProtoContract, MemoryPackable]
public sealed partial record OrderDto
{
    [Key(0), ProtoMember(1)] public long Id { get; set; }
    [Key(1), ProtoMember(2)] public CustomerDto Customer { get; set; } = null!;
    /// <summary>
    /// The instant the order was placed, with its UTC offset, as APIs report instants. A
    /// <see cref="DateTimeOffset"/> on purpose, so the comparison covers offsets as well as <see cref="DateTime"/> kinds.
    /// </summary>
    [Key(2), ProtoMember(3)] public DateTimeOffset OrderedAt { get; set; }
    [Key(3), ProtoMember(4)] public OrderStatus Status { get; set; }
    [Key(4), ProtoMember(5)] public decimal Total { get; set; }
    [Key(5), ProtoMember(6)] public DateTime? ShippedAt { get; set; }
    [Key(6), ProtoMember(7)] public string? Notes { get; set; }
    [Key(7), ProtoMember(8)] public List<OrderLineDto> Lines { get; set; } = null!;
}
