namespace PerfLab.Bench.Serialization;

// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): settles within 5-20 iterations.
[WarmupCount(20)]
[BenchmarkCategory(Categories.Serialization.SerializeSmall)]
public class SerializeSmall() : SerializeBenchmark<OrderLineDto>(SerializationPayloads.Small);
