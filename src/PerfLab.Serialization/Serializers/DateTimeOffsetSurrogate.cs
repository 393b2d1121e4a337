namespace PerfLab.Serialization.Serializers;

/// <summary>protobuf-net's stand-in for a <see cref="DateTimeOffset"/>: local ticks and the offset in minutes.</summary>
[ProtoContract]
public struct DateTimeOffsetSurrogate
{
    [ProtoMember(1)] public long Ticks { get; set; }
    [ProtoMember(2)] public short OffsetMinutes { get; set; }

    public static implicit operator DateTimeOffsetSurrogate(DateTimeOffset value) =>
        new() { Ticks = value.Ticks, OffsetMinutes = (short)value.TotalOffsetMinutes };

    public static implicit operator DateTimeOffset(DateTimeOffsetSurrogate value) =>
        new(value.Ticks, TimeSpan.FromMinutes(value.OffsetMinutes));
}
