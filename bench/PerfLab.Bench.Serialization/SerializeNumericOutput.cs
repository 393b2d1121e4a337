namespace PerfLab.Bench.Serialization;

/// <summary>
/// What a large fresh result costs beyond the serializer's work: MemoryPack writing the numeric payload (3.2 MB) into a
/// reused buffer, against its <c>byte[]</c> API allocating a new large object per call. The memory configuration is
/// fixed and stated: the default workstation GC (recorded with the machine), BenchmarkDotNet's collection between
/// iterations, and a fixed number of calls per iteration, so every machine allocates the same arrays in the same
/// pattern and the rows differ only in what the machine charges for fresh memory (its page-fault probe is on the page).
/// </summary>
[InvocationCount(InvocationsPerIteration)]
[BenchmarkCategory(Categories.Serialization.SerializeNumericOutput)]
public class SerializeNumericOutput() : SerializationBenchmark<OrderLineFiguresBatch>(SerializationPayloads.Numeric)
{
    /// <summary>Calls per iteration: 32 fresh 3.2 MB arrays, about 100 MB, between two collections.</summary>
    public const int InvocationsPerIteration = 32;

    private readonly ReusedBuffer _buffer = new();

    [Benchmark(Baseline = true)] public void ReusedBuffer_MemoryPack() => SerializerCatalog.MemoryPack.Serialize(_buffer.Emptied(), Payload);
    [Benchmark] public byte[] NewArray_MemoryPack() => SerializerCatalog.MemoryPack.Serialize(Payload);
}
