using System.Buffers;
using MessagePack;
using PerfLab.Serialization.Contracts;
using PerfLab.Serialization.Payloads;
using PerfLab.Serialization.Serializers;

namespace PerfLab.Serialization.Tests;

public sealed class SerializerTests
{
    /// <summary>
    /// The buffer-reusing rows do the same work as the byte[] rows: same bytes, also on the second use of one buffer
    /// (System.Text.Json's writer is reused per thread, the buffer is reset, not cleared).
    /// </summary>
    [Fact]
    public void BufferWriterPath_WritesTheSameBytesAsByteArrayApi_WhenTheBufferIsReused()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Check(SerializationPayloads.Small);
        Check(SerializationPayloads.Medium);
        Check(SerializationPayloads.Large);
        Check(SerializationPayloads.Numeric);

        void Check<T>(PayloadKind<T> payload)
        {
            var value = payload.Generated;
            foreach (var serializer in SerializerCatalog.All.OfType<IBufferWriterSerializerAdapter>())
            {
                var expected = serializer.Serialize(value);
                for (var use = 0; use < 2; use++)
                {
                    buffer.ResetWrittenCount();
                    serializer.Serialize(buffer, value);
                    Assert.True(SameDocument(serializer, expected, buffer.WrittenSpan.ToArray()), $"{serializer.Name}, {payload}, use {use}");
                }
            }
        }
    }

    /// <summary>
    /// Byte-identical output, except for LZ4: MessagePack compresses each block of its internal buffer sequence, and
    /// where those blocks end depends on the pooled segments it got, so two valid outputs of the same document can
    /// differ. For it, the same document means the same bytes once decompressed.
    /// </summary>
    private static bool SameDocument(ISerializerAdapter serializer, byte[] expected, byte[] actual)
    {
        if (serializer != MessagePackAdapter.IntKeysLz4) return expected.AsSpan().SequenceEqual(actual);
        var lz4 = MessagePackSerializerOptions.Standard.WithCompression(MessagePackCompression.Lz4BlockArray);
        return MessagePackSerializer.ConvertToJson(expected, lz4) == MessagePackSerializer.ConvertToJson(actual, lz4);
    }

    /// <summary>The large payloads' comparisons run every serializer into a reused buffer: each needs that path.</summary>
    [Fact]
    public void EverySerializer_HasABufferWriterPath()
    {
        var withoutBufferWriter = SerializerCatalog.All.Where(s => s is not IBufferWriterSerializerAdapter).Select(s => s.Name);

        Assert.Empty(withoutBufferWriter);
    }

    [Fact]
    public void MessagePackKeyStyles_IntKeysWriteArrays_StringKeysWriteMapsOfPropertyNames()
    {
        var line = SerializationPayloads.Small.Generated;

        var intKeys = MessagePackSerializer.ConvertToJson(SerializerCatalog.MessagePackIntKeys.Serialize(line));
        var stringKeys = MessagePackSerializer.ConvertToJson(SerializerCatalog.MessagePackStringKeys.Serialize(line));

        Assert.StartsWith("[", intKeys);
        Assert.StartsWith("{", stringKeys);
        foreach (var property in typeof(OrderLineDto).GetProperties()) Assert.Contains($"\"{property.Name}\":", stringKeys);
    }

    [Fact]
    public void MessagePackLz4_WritesCompressedIntKeyedData()
    {
        var page = SerializationPayloads.Large.Generated;

        var plain = SerializerCatalog.MessagePackIntKeys.Serialize(page);
        var compressed = SerializerCatalog.MessagePackLz4.Serialize(page);

        Assert.True(compressed.Length < plain.Length * 0.9, $"{compressed.Length} vs {plain.Length} bytes");
        // Decompressed, it is the same int-keyed document.
        Assert.Equal(plain, SerializerCatalog.MessagePackIntKeys.Serialize(SerializerCatalog.MessagePackLz4.Deserialize<CustomerPage>(compressed)));
    }

    [Fact]
    public void ProtobufNet_WritesDateTimeOffsetThroughItsSurrogate()
    {
        var order = FidelityProbes.Order();

        var copy = SerializerCatalog.ProtobufNet.Deserialize<OrderDto>(SerializerCatalog.ProtobufNet.Serialize(order));

        Assert.Equal(order.OrderedAt.Offset, copy.OrderedAt.Offset);
        Assert.Equal(order.OrderedAt.UtcTicks, copy.OrderedAt.UtcTicks);
    }

    [Theory]
    [InlineData("StjReflection", "null")]
    [InlineData("StjSourceGen", "null")]
    [InlineData("NewtonsoftJson", "null")]
    public void Deserialize_NullDocument_ThrowsInvalidData(string serializer, string document)
    {
        var error = Assert.Throws<InvalidDataException>(() => SerializerCatalog.Get(serializer).Deserialize<OrderDto>(System.Text.Encoding.UTF8.GetBytes(document)));

        Assert.Contains(serializer, error.Message);
    }

    [Fact]
    public void Catalog_NamesAreUnique_AndUnknownNamesAreRejected()
    {
        Assert.Equal(SerializerCatalog.All.Count, SerializerCatalog.All.Select(s => s.Name).Distinct().Count());
        Assert.All(SerializerCatalog.All, s => Assert.Same(s, SerializerCatalog.Get(s.Name)));

        var error = Assert.Throws<ArgumentException>(() => SerializerCatalog.Get("Bson"));
        Assert.Contains("unknown serializer 'Bson'", error.Message);
    }
}
