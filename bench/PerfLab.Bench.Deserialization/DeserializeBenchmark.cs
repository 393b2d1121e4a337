using PerfLab.Serialization.Serializers;

namespace PerfLab.Bench.Serialization;

/// <summary>
/// Deserializing one payload with every serializer, from bytes that serializer wrote in <see cref="GlobalSetup"/>.
/// Each call builds a complete new object graph and returns it. Measured in the suite's stated GC configuration
/// (<see cref="DeserializationGc"/>) and without BenchmarkDotNet's forced full collection between iterations: that
/// collection gives the free gen0 regions back to the OS, and the next iteration faults them in again (measured in that
/// configuration: 4-12 faults per call on MemoryPack's numeric row, 0 without it); gen0 and gen1 collections run as
/// the allocations ask.
/// </summary>
[GcForce(false)]
public abstract class DeserializeBenchmark<T>(PayloadKind<T> payload) : SerializationBenchmark<T>(payload)
{
    private byte[] _stjReflection = [], _stjSourceGen = [], _newtonsoftJson = [], _messagePackIntKeys = [],
        _messagePackStringKeys = [], _messagePackLz4 = [], _protobufNet = [], _memoryPack = [];

    public override void GlobalSetup()
    {
        base.GlobalSetup();
        _stjReflection = SerializerCatalog.StjReflection.Serialize(Payload);
        _stjSourceGen = SerializerCatalog.StjSourceGen.Serialize(Payload);
        _newtonsoftJson = SerializerCatalog.NewtonsoftJson.Serialize(Payload);
        _messagePackIntKeys = SerializerCatalog.MessagePackIntKeys.Serialize(Payload);
        _messagePackStringKeys = SerializerCatalog.MessagePackStringKeys.Serialize(Payload);
        _messagePackLz4 = SerializerCatalog.MessagePackLz4.Serialize(Payload);
        _protobufNet = SerializerCatalog.ProtobufNet.Serialize(Payload);
        _memoryPack = SerializerCatalog.MemoryPack.Serialize(Payload);
        DeserializationGc.CycleGen0();
    }

    [Benchmark(Baseline = true)] public T Deserialize_StjReflection() => SerializerCatalog.StjReflection.Deserialize<T>(_stjReflection);
    [Benchmark] public T Deserialize_StjSourceGen() => SerializerCatalog.StjSourceGen.Deserialize<T>(_stjSourceGen);
    [Benchmark] public T Deserialize_NewtonsoftJson() => SerializerCatalog.NewtonsoftJson.Deserialize<T>(_newtonsoftJson);
    [Benchmark] public T Deserialize_MessagePackIntKeys() => SerializerCatalog.MessagePackIntKeys.Deserialize<T>(_messagePackIntKeys);
    [Benchmark] public T Deserialize_MessagePackStringKeys() => SerializerCatalog.MessagePackStringKeys.Deserialize<T>(_messagePackStringKeys);
    [Benchmark] public T Deserialize_MessagePackLz4() => SerializerCatalog.MessagePackLz4.Deserialize<T>(_messagePackLz4);
    [Benchmark] public T Deserialize_ProtobufNet() => SerializerCatalog.ProtobufNet.Deserialize<T>(_protobufNet);
    [Benchmark] public T Deserialize_MemoryPack() => SerializerCatalog.MemoryPack.Deserialize<T>(_memoryPack);
}
