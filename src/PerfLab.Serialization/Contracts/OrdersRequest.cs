namespace PerfLab.Serialization.Contracts;

/// <summary>A request for one customer's orders: the <c>api</c> suite's gRPC request message.</summary>
[MessagePackObject, ProtoContract, MemoryPackable]
public sealed partial record OrdersRequest
{
    [Key(0), ProtoMember(1)] public long CustomerId { get; set; }
}
