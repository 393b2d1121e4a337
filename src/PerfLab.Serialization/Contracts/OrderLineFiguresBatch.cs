namespace PerfLab.Serialization.Contracts;

/// <summary>The numeric payload's root: a batch of line figures (100,000 in the benchmark).</summary>
[MessagePackObject, ProtoContract, MemoryPackable]
public sealed partial record OrderLineFiguresBatch
{
    [Key(0), ProtoMember(1)] public OrderLineFigures[] Lines { get; set; } = null!;
}
