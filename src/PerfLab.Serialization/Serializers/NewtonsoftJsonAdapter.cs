using System.Text;
using Newtonsoft.Json;

namespace PerfLab.Serialization.Serializers;

/// <summary>
/// Newtonsoft.Json as applications call it: <see cref="JsonConvert"/> with default settings, through a UTF-16
/// string, since the library has no UTF-8 byte API. It has no <see cref="System.Buffers.IBufferWriter{T}"/> path either.
/// </summary>
public sealed class NewtonsoftJsonAdapter : ISerializerAdapter
{
    private static readonly JsonSerializerSettings Settings = new();

    public string Name => "NewtonsoftJson";

    public byte[] Serialize<T>(T value) => Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(value, Settings));

    public T Deserialize<T>(ReadOnlyMemory<byte> bytes) =>
        JsonConvert.DeserializeObject<T>(Encoding.UTF8.GetString(bytes.Span), Settings) ?? throw SerializerErrors.NullPayload(Name);
}
