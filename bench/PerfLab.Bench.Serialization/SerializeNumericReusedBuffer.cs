namespace PerfLab.Bench.Serialization;

[BenchmarkCategory(Categories.Serialization.SerializeNumericReusedBuffer)]
public class SerializeNumericReusedBuffer() : SerializeToBufferBenchmark<OrderLineFiguresBatch>(SerializationPayloads.Numeric);
