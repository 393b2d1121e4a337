using System.Buffers;
using MessagePack.Resolvers;

namespace PerfLab.Serialization.Serializers;

/// <summary>
/// MessagePack-CSharp in the three configurations the comparison needs; they differ only in their
/// <see cref="MessagePackSerializerOptions"/>.
/// </summary>
public sealed class MessagePackAdapter : IBufferWriterSerializerAdapter
{
    private readonly MessagePackSerializerOptions _options;

    private MessagePackAdapter(string name, MessagePackSerializerOptions options)
    {
        Name = name;
        _options = options;
    }

    /// <summary>The contracts' <c>[Key(n)]</c> integer keys: each object is a MessagePack array.</summary>
    public static MessagePackAdapter IntKeys { get; } = new("MessagePackIntKeys", MessagePackSerializerOptions.Standard);

    /// <summary>Property names as keys: each object is a map, larger but self-describing (<see cref="StringKeyResolver"/>).</summary>
    public static MessagePackAdapter StringKeys { get; } =
        new("MessagePackStringKeys", MessagePackSerializerOptions.Standard.WithResolver(StringKeyResolver.Instance));

    /// <summary>Integer keys, then LZ4 in independent blocks (<see cref="MessagePackCompression.Lz4BlockArray"/>, the recommended mode).</summary>
    public static MessagePackAdapter IntKeysLz4 { get; } =
        new("MessagePackLz4", MessagePackSerializerOptions.Standard.WithCompression(MessagePackCompression.Lz4BlockArray));

    public string Name { get; }

    public byte[] Serialize<T>(T value) => MessagePackSerializer.Serialize(value, _options);

    public void Serialize<T>(IBufferWriter<byte> destination, T value) => MessagePackSerializer.Serialize(destination, value, _options);

    public T Deserialize<T>(ReadOnlyMemory<byte> bytes) =>
        MessagePackSerializer.Deserialize<T>(bytes, _options) ?? throw SerializerErrors.NullPayload(Name);
}
