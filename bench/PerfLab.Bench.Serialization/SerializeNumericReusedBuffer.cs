using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Serialization.Contracts;
using PerfLab.Serialization.Payloads;

namespace PerfLab.Bench.Serialization;

[BenchmarkCategory(Categories.Serialization.SerializeNumericReusedBuffer)]
public class SerializeNumericReusedBuffer() : SerializeToBufferBenchmark<OrderLineFiguresBatch>(SerializationPayloads.Numeric);
