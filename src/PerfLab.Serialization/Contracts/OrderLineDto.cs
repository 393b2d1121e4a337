namespace PerfLab.Serialization.Contracts;

/// <summary>
/// One order line as it travels on the wire. Every serializer reads the same attributes off this one type:
/// MessagePack integer keys, protobuf-net field numbers, MemoryPack's generated formatter, and the
/// System.Text.Json source-generated context (<see cref="ContractJsonContext"/>).
/// </summary>
[MessagePackObject, ProtoContract, MemoryPackable]
public sealed partial record OrderLineDto
{
    [Key(0), ProtoMember(1)] public long Id { get; set; }
    [Key(1), ProtoMember(2)] public long OrderId { get; set; }
    [Key(2), ProtoMember(3)] public long ProductId { get; set; }
    [Key(3), ProtoMember(4)] public int Quantity { get; set; }
    [Key(4), ProtoMember(5)] public decimal UnitPrice { get; set; }
    /// <summary>Null when no discount applied: the nullable number of the payload.</summary>
    [Key(5), ProtoMember(6)] public decimal? Discount { get; set; }
}
