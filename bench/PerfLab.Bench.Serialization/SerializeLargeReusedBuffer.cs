namespace PerfLab.Bench.Serialization;

[BenchmarkCategory(Categories.Serialization.SerializeLargeReusedBuffer)]
public class SerializeLargeReusedBuffer() : SerializeToBufferBenchmark<CustomerPage>(SerializationPayloads.Large);
