namespace PerfLab.Serialization.Contracts;

/// <summary>
/// A customer's orders as an API returns them (the <c>api</c> suite's payload): each order with its customer nested
/// and its lines inline, about 4 KB of JSON for the commerce data set's four orders per customer (on average: some
/// customers have none).
/// </summary>
/// <remarks>
/// <see cref="Orders"/> starts empty, not null, unlike the other contracts' references: protobuf writes nothing for an
/// empty list, and protobuf-net would otherwise read a customer without orders back as null.
/// </remarks>
[MessagePackObject, ProtoContract, MemoryPackable]
public sealed partial record CustomerOrders
{
    [Key(0), ProtoMember(1)] public long CustomerId { get; set; }
    [Key(1), ProtoMember(2)] public List<OrderDto> Orders { get; set; } = [];
}
