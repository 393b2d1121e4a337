namespace PerfLab.Bench.Common.Tests;

/// <summary>
/// The shape dotnet/performance's ResultsComparer reads a BenchmarkDotNet full JSON export into
/// (src/tools/ResultsComparer/DataTransferContracts.cs, deserialized with Newtonsoft.Json's JsonConvert), written
/// here with the members it declares for a benchmark. Its <c>Metrics</c> is a list: an object there makes it throw.
/// </summary>
public static class ResultsComparerContract
{
    public sealed class BdnResult
    {
        public string? Title { get; set; }
        public HostEnvironmentInfo? HostEnvironmentInfo { get; set; }
        public List<Benchmark>? Benchmarks { get; set; }
    }

    public sealed class HostEnvironmentInfo
    {
        public string? BenchmarkDotNetVersion { get; set; }
        public string? RuntimeVersion { get; set; }
        public int? LogicalCoreCount { get; set; }
    }

    public sealed class Benchmark
    {
        public string? DisplayInfo { get; set; }
        public string? Namespace { get; set; }
        public string? Type { get; set; }
        public string? Method { get; set; }
        public string? MethodTitle { get; set; }
        public string? Parameters { get; set; }
        public string? FullName { get; set; }
        public Statistics? Statistics { get; set; }
        public Memory? Memory { get; set; }
        public List<Measurement>? Measurements { get; set; }
        public List<Metric>? Metrics { get; set; }
    }

    public sealed class Statistics
    {
        public double[]? OriginalValues { get; set; }
        public int N { get; set; }
        public double Median { get; set; }
        public double Mean { get; set; }
        public List<double>? AllOutliers { get; set; }
    }

    public sealed class Memory
    {
        public int Gen0Collections { get; set; }
        public long TotalOperations { get; set; }
        public long? BytesAllocatedPerOperation { get; set; }
    }

    public sealed class Measurement
    {
        public string? IterationStage { get; set; }
        public int LaunchIndex { get; set; }
        public int IterationIndex { get; set; }
        public long Operations { get; set; }
        public double Nanoseconds { get; set; }
    }

    public sealed class Metric
    {
        public double Value { get; set; }
        public MetricDescriptor? Descriptor { get; set; }
    }

    public sealed class MetricDescriptor
    {
        public string? Id { get; set; }
        public string? DisplayName { get; set; }
        public string? Unit { get; set; }
        public int UnitType { get; set; }
        public bool TheGreaterTheBetter { get; set; }
    }
}
