using System.Buffers;
using BenchmarkDotNet.Attributes;
using PerfLab.Serialization.Payloads;
using PerfLab.Serialization.Serializers;

namespace PerfLab.Bench.Serialization;

/// <summary>
/// <see cref="SerializeBenchmark{T}"/> plus <c>SerializeReusedBuffer_*</c> rows, which write into one
/// <see cref="ArrayBufferWriter{T}"/> reset before each call: encoding alone, with no output array to allocate
/// (Newtonsoft.Json has no such path). Measured on one payload (Medium) to keep the suite within protocol v2's
/// 15-minute budget: what reuse saves is the output array, so one payload answers the question
/// (bench/PerfLab.Bench.Common/results-profile.md).
/// </summary>
public abstract class SerializeReusedBufferBenchmark<T>(PayloadKind<T> payload) : SerializeBenchmark<T>(payload)
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

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
