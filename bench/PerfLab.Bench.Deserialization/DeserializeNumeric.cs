using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Serialization.Contracts;
using PerfLab.Serialization.Payloads;

namespace PerfLab.Bench.Serialization;

[BenchmarkCategory(Categories.Serialization.DeserializeNumeric)]
public class DeserializeNumeric() : DeserializeBenchmark<OrderLineFiguresBatch>(SerializationPayloads.Numeric);
