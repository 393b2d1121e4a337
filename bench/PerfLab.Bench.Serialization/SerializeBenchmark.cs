namespace PerfLab.Bench.Serialization;

/// <summary>
/// Serializing one payload with every serializer: each <c>Serialize_*</c> row returns a fresh <c>byte[]</c>, the
/// library's own API. The Medium payload also has the buffer-reusing rows (<see cref="SerializeReusedBufferBenchmark{T}"/>).
/// </summary>
public abstract class SerializeBenchmark<T>(PayloadKind<T> payload) : SerializationBenchmark<T>(payload)
{
    [Benchmark(Baseline = true)] public byte[] Serialize_StjReflection() => SerializerCatalog.StjReflection.Serialize(Payload);
    [Benchmark] public byte[] Serialize_StjSourceGen() => SerializerCatalog.StjSourceGen.Serialize(Payload);
    [Benchmark] public byte[] Serialize_NewtonsoftJson() => SerializerCatalog.NewtonsoftJson.Serialize(Payload);
    [Benchmark] public byte[] Serialize_MessagePackIntKeys() => SerializerCatalog.MessagePackIntKeys.Serialize(Payload);
    [Benchmark] public byte[] Serialize_MessagePackStringKeys() => SerializerCatalog.MessagePackStringKeys.Serialize(Payload);
    [Benchmark] public byte[] Serialize_MessagePackLz4() => SerializerCatalog.MessagePackLz4.Serialize(Payload);
    [Benchmark] public byte[] Serialize_ProtobufNet() => SerializerCatalog.ProtobufNet.Serialize(Payload);
    [Benchmark] public byte[] Serialize_MemoryPack() => SerializerCatalog.MemoryPack.Serialize(Payload);
}
