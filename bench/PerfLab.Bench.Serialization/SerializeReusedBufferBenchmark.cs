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
    private readonly ReusedBuffer _buffer = new();

    [Benchmark] public void SerializeReusedBuffer_StjReflection() => SerializerCatalog.StjReflection.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_StjSourceGen() => SerializerCatalog.StjSourceGen.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_MessagePackIntKeys() => SerializerCatalog.MessagePackIntKeys.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_ProtobufNet() => SerializerCatalog.ProtobufNet.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_MemoryPack() => SerializerCatalog.MemoryPack.Serialize(_buffer.Emptied(), Payload);
}
