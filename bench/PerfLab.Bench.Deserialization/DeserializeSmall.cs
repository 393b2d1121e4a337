namespace PerfLab.Bench.Serialization;

// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): settles within 5-20 iterations.
[WarmupCount(20)]
[BenchmarkCategory(Categories.Serialization.DeserializeSmall)]
public class DeserializeSmall() : DeserializeBenchmark<OrderLineDto>(SerializationPayloads.Small);
