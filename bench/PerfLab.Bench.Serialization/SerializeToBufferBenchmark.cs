namespace PerfLab.Bench.Serialization;

/// <summary>
/// Serializing a payload whose output is large (past the 85,000-byte large-object threshold) with every serializer,
/// each writing into one reused buffer: the serializer's own work. A fresh <c>byte[]</c> of that size is allocated
/// from memory the GC has just been given by the OS, and its first-touch page faults cost what the machine charges
/// for them (10 µs per 4 KiB page on one machine of the lab's kind, far less on another), so a row returning one
/// measures the machine's memory management as much as the serializer; that path is measured on its own in
/// <see cref="SerializeNumericOutput"/>.
/// </summary>
public abstract class SerializeToBufferBenchmark<T>(PayloadKind<T> payload) : SerializationBenchmark<T>(payload)
{
    private readonly ReusedBuffer _buffer = new();

    [Benchmark(Baseline = true)] public void SerializeReusedBuffer_StjReflection() => SerializerCatalog.StjReflection.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_StjSourceGen() => SerializerCatalog.StjSourceGen.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_NewtonsoftJson() => SerializerCatalog.NewtonsoftJson.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_MessagePackIntKeys() => SerializerCatalog.MessagePackIntKeys.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_MessagePackStringKeys() => SerializerCatalog.MessagePackStringKeys.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_MessagePackLz4() => SerializerCatalog.MessagePackLz4.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_ProtobufNet() => SerializerCatalog.ProtobufNet.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public void SerializeReusedBuffer_MemoryPack() => SerializerCatalog.MemoryPack.Serialize(_buffer.Emptied(), Payload);
}
