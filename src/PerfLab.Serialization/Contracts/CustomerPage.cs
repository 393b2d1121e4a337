namespace PerfLab.Serialization.Contracts;

/// <summary>One page of a customer table export: the large, string-heavy payload.</summary>
[MessagePackObject, ProtoContract, MemoryPackable]
public sealed partial record CustomerPage
{
    [Key(0), ProtoMember(1)] public int PageNumber { get; set; }
    [Key(1), ProtoMember(2)] public int PageSize { get; set; }
    [Key(2), ProtoMember(3)] public List<CustomerDto> Customers { get; set; } = null!;
}
