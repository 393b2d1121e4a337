using System.Buffers;

namespace PerfLab.Serialization.Serializers;

/// <summary>MemoryPack with its source-generated formatters (<c>[MemoryPackable]</c> on the contracts).</summary>
public sealed class MemoryPackAdapter : IBufferWriterSerializerAdapter
{
    public string Name => "MemoryPack";

    public byte[] Serialize<T>(T value) => MemoryPackSerializer.Serialize(value);

    public void Serialize<T>(IBufferWriter<byte> destination, T value) => MemoryPackSerializer.Serialize(destination, value);

    public T Deserialize<T>(ReadOnlyMemory<byte> bytes) =>
        MemoryPackSerializer.Deserialize<T>(bytes.Span) ?? throw SerializerErrors.NullPayload(Name);
}
