using System.Buffers;
using System.Text.Json;

namespace PerfLab.Serialization.Serializers;

/// <summary>
/// One <see cref="Utf8JsonWriter"/> per thread, re-pointed at each destination, as ASP.NET Core pools its writers:
/// the buffer-writer path of System.Text.Json then allocates nothing of its own, like the binary serializers' paths.
/// </summary>
internal static class ReusableUtf8JsonWriter
{
    /// <summary>What <see cref="JsonSerializer"/> uses for its own writers with default options.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    public static Utf8JsonWriter Attach(IBufferWriter<byte> destination)
    {
        if (t_writer is { } writer)
        {
            writer.Reset(destination);
            return writer;
        }
        return t_writer = new Utf8JsonWriter(destination, WriterOptions);
    }
}
