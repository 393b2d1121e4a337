namespace PerfLab.Bench.Serialization;

[BenchmarkCategory(Categories.Serialization.DeserializeLarge)]
public class DeserializeLarge() : DeserializeBenchmark<CustomerPage>(SerializationPayloads.Large);
