using System.Runtime.InteropServices;

namespace PerfLab.Serialization.Contracts;

/// <summary>
/// The numbers of one order line as a small value type, for the numeric payload (many of these in one array).
/// </summary>
/// <remarks>
/// Unmanaged and padding-free (8 + 8 + 8 + 4 + 4 = 32 bytes): MemoryPack copies arrays of it as one block of memory,
/// which is its best case; it needs no <c>[MemoryPackable]</c> for that. Properties rather than fields so that
/// System.Text.Json and Newtonsoft.Json see the same members as the binary serializers.
/// </remarks>
[MessagePackObject, ProtoContract, StructLayout(LayoutKind.Sequential)]
public record struct OrderLineFigures
{
    [Key(0), ProtoMember(1)] public long OrderId { get; set; }
    [Key(1), ProtoMember(2)] public long ProductId { get; set; }
    [Key(2), ProtoMember(3)] public double UnitPrice { get; set; }
    [Key(3), ProtoMember(4)] public float Discount { get; set; }
    [Key(4), ProtoMember(5)] public int Quantity { get; set; }
}
