namespace PerfLab.Bench.Serialization;

[BenchmarkCategory(Categories.Serialization.DeserializeNumeric)]
public class DeserializeNumeric() : DeserializeBenchmark<OrderLineFiguresBatch>(SerializationPayloads.Numeric);
