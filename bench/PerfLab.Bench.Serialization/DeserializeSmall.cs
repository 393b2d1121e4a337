using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Serialization.Contracts;
using PerfLab.Serialization.Payloads;

namespace PerfLab.Bench.Serialization;

[BenchmarkCategory(Categories.Serialization.DeserializeSmall)]
public class DeserializeSmall() : DeserializeBenchmark<OrderLineDto>(SerializationPayloads.Small);
