using System.Buffers;
using System.Text;
using Newtonsoft.Json;

namespace PerfLab.Serialization.Serializers;

/// <summary>
/// Newtonsoft.Json as applications call it: <see cref="JsonConvert"/> with default settings, through a UTF-16
/// string, since the library has no UTF-8 byte API. Its streaming path (a <see cref="JsonTextWriter"/> over a UTF-8
/// <see cref="StreamWriter"/>) is the buffer-writing one: the same bytes, written into the caller's buffer.
/// </summary>
public sealed class NewtonsoftJsonAdapter : IBufferWriterSerializerAdapter
{
    private static readonly JsonSerializerSettings Settings = new();
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault(Settings);

    // No byte-order mark: the bytes must equal Encoding.UTF8.GetBytes of the string.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Name => "NewtonsoftJson";

    public byte[] Serialize<T>(T value) => Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(value, Settings));

    public void Serialize<T>(IBufferWriter<byte> destination, T value)
    {
        using var text = new StreamWriter(new BufferWriterStream(destination), Utf8);
        using var json = new JsonTextWriter(text);
        Serializer.Serialize(json, value, typeof(T));
    }

    public T Deserialize<T>(ReadOnlyMemory<byte> bytes) =>
        JsonConvert.DeserializeObject<T>(Encoding.UTF8.GetString(bytes.Span), Settings) ?? throw SerializerErrors.NullPayload(Name);
}
