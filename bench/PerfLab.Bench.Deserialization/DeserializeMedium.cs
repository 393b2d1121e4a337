using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Serialization.Contracts;
using PerfLab.Serialization.Payloads;

namespace PerfLab.Bench.Serialization;

// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): settles within 5-20 iterations.
[WarmupCount(20)]
[BenchmarkCategory(Categories.Serialization.DeserializeMedium)]
public class DeserializeMedium() : DeserializeBenchmark<OrderDto>(SerializationPayloads.Medium);
