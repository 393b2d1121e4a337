using System.Buffers;
using BenchmarkDotNet.Attributes;
using PerfLab.Serialization.Payloads;
using PerfLab.Serialization.Serializers;

namespace PerfLab.Bench.Serialization;

/// <summary>
/// Serializing one payload with every serializer. <c>Serialize_*</c> rows return a fresh <c>byte[]</c>, the
/// library's own API. <c>SerializeReusedBuffer_*</c> rows write into one <see cref="ArrayBufferWriter{T}"/> reset
/// before each call: they measure encoding alone, with no output array to allocate (Newtonsoft.Json has no such path).
/// </summary>
public abstract class SerializeBenchmark<T>(PayloadKind<T> payload) : SerializationBenchmark<T>(payload)
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    [Benchmark(Baseline = true)] public byte[] Serialize_StjReflection() => SerializerCatalog.StjReflection.Serialize(Payload);
    [Benchmark] public byte[] Serialize_StjSourceGen() => SerializerCatalog.StjSourceGen.Serialize(Payload);
    [Benchmark] public byte[] Serialize_NewtonsoftJson() => SerializerCatalog.NewtonsoftJson.Serialize(Payload);
    [Benchmark] public byte[] Serialize_MessagePackIntKeys() => SerializerCatalog.MessagePackIntKeys.Serialize(Payload);
    [Benchmark] public byte[] Serialize_MessagePackStringKeys() => SerializerCatalog.MessagePackStringKeys.Serialize(Payload);
    [Benchmark] public byte[] Serialize_MessagePackLz4() => SerializerCatalog.MessagePackLz4.Serialize(Payload);
    [Benchmark] public byte[] Serialize_ProtobufNet() => SerializerCatalog.ProtobufNet.Serialize(Payload);
    [Benchmark] public byte[] Serialize_MemoryPack() => SerializerCatalog.MemoryPack.Serialize(Payload);

    [Benchmark] public void SerializeReusedBuffer_StjReflection() => SerializerCatalog.StjReflection.Serialize(EmptiedBuffer(), Payload);
    [Benchmark] public void SerializeReusedBuffer_StjSourceGen() => SerializerCatalog.StjSourceGen.Serialize(EmptiedBuffer(), Payload);
    [Benchmark] public void SerializeReusedBuffer_MessagePackIntKeys() => SerializerCatalog.MessagePackIntKeys.Serialize(EmptiedBuffer(), Payload);
    [Benchmark] public void SerializeReusedBuffer_ProtobufNet() => SerializerCatalog.ProtobufNet.Serialize(EmptiedBuffer(), Payload);
    [Benchmark] public void SerializeReusedBuffer_MemoryPack() => SerializerCatalog.MemoryPack.Serialize(EmptiedBuffer(), Payload);

    /// <summary>The same buffer every call, emptied without clearing its memory; its capacity settles during warm-up.</summary>
    private ArrayBufferWriter<byte> EmptiedBuffer()
    {
        _buffer.ResetWrittenCount();
        return _buffer;
    }
}
