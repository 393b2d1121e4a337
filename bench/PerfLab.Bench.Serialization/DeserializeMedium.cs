using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Serialization.Contracts;
using PerfLab.Serialization.Payloads;

namespace PerfLab.Bench.Serialization;

[BenchmarkCategory(Categories.Serialization.DeserializeMedium)]
public class DeserializeMedium() : DeserializeBenchmark<OrderDto>(SerializationPayloads.Medium);
