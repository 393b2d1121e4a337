using System.Buffers;
using ProtoBuf.Meta;

namespace PerfLab.Serialization.Serializers;

/// <summary>
/// protobuf-net with a model compiled once up front. protobuf-net has no <c>byte[]</c> API: the idiom is a
/// <see cref="MemoryStream"/> and <see cref="MemoryStream.ToArray"/>; its <see cref="IBufferWriter{T}"/> overload is
/// the allocation-free path.
/// </summary>
public sealed class ProtobufNetAdapter : IBufferWriterSerializerAdapter
{
    private static readonly TypeModel Model = CreateModel();

    public string Name => "ProtobufNet";

    public byte[] Serialize<T>(T value)
    {
        using var stream = new MemoryStream();
        Model.Serialize(stream, value);
        return stream.ToArray();
    }

    public void Serialize<T>(IBufferWriter<byte> destination, T value) => Model.Serialize(destination, value);

    public T Deserialize<T>(ReadOnlyMemory<byte> bytes) => Model.Deserialize<T>(bytes) ?? throw SerializerErrors.NullPayload(Name);

    /// <summary>
    /// The default settings plus the one thing protobuf-net cannot do unaided: <see cref="DateTimeOffset"/>, mapped
    /// through <see cref="DateTimeOffsetSurrogate"/>.
    /// </summary>
    private static TypeModel CreateModel()
    {
        var model = RuntimeTypeModel.Create();
        model.Add(typeof(DateTimeOffset), applyDefaultBehaviour: false).SetSurrogate(typeof(DateTimeOffsetSurrogate));
        foreach (var root in ContractTypes.Roots) model.Add(root, applyDefaultBehaviour: true);
        return model.Compile();
    }
}
