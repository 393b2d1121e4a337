using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PerfLab.Serialization.Serializers;

/// <summary>
/// System.Text.Json with the compile-time metadata of <see cref="ContractJsonContext"/>: the documented call that
/// passes a <see cref="JsonTypeInfo{T}"/> (as <c>ContractJsonContext.Default.OrderDto</c> would), so no reflection
/// and, when serializing, the generated fast path.
/// </summary>
public sealed class SystemTextJsonSourceGenAdapter : IBufferWriterSerializerAdapter
{
    public string Name => "StjSourceGen";

    public byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>.Value);

    public void Serialize<T>(IBufferWriter<byte> destination, T value)
    {
        var writer = ReusableUtf8JsonWriter.Attach(destination);
        JsonSerializer.Serialize(writer, value, TypeInfo<T>.Value);
        writer.Flush();
    }

    public T Deserialize<T>(ReadOnlyMemory<byte> bytes) =>
        JsonSerializer.Deserialize(bytes.Span, TypeInfo<T>.Value) ?? throw SerializerErrors.NullPayload(Name);

    /// <summary>The context's metadata for <typeparamref name="T"/>, looked up once per type.</summary>
    private static class TypeInfo<T>
    {
        public static readonly JsonTypeInfo<T> Value =
            ContractJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new NotSupportedException($"{typeof(T).Name} is not in {nameof(ContractJsonContext)}: add a [JsonSerializable] for it");
    }
}
