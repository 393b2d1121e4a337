using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Serialization.Contracts;
using PerfLab.Serialization.Payloads;

namespace PerfLab.Bench.Serialization;

// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): MemoryPack's time shifts to a slower level after 16-30 iterations: measure past it.
[WarmupCount(60)]
[BenchmarkCategory(Categories.Serialization.SerializeNumeric)]
public class SerializeNumeric() : SerializeBenchmark<OrderLineFiguresBatch>(SerializationPayloads.Numeric);
