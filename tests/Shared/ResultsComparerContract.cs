namespace PerfLab.Tests.Shared;

/// <summary>
/// The shape dotnet/performance's ResultsComparer deserializes a BenchmarkDotNet full export into (its
/// <c>DataTransferContracts.BdnResult</c>), written here from its documented field list rather than copied: typed
/// properties, so a field the lab changed the type of (an object where BenchmarkDotNet writes a list) fails to
/// deserialize exactly as it does for that tool (read with Newtonsoft.Json's JsonConvert, as the tool does). Nested
/// types keep the contract in one place; both the exporter's tests and the report's tests compile this file.
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

        public string? OsVersion { get; set; }

        public string? ProcessorName { get; set; }

        public string? RuntimeVersion { get; set; }

        public string? Architecture { get; set; }

        public bool HasAttachedDebugger { get; set; }

        public string? Configuration { get; set; }
    }

    public sealed class Benchmark
    {
        public string? DisplayInfo { get; set; }

        public string? Type { get; set; }

        public string? Method { get; set; }

        public string? Parameters { get; set; }

        public string? FullName { get; set; }

        public Statistics? Statistics { get; set; }

        public Memory? Memory { get; set; }

        public List<Measurement>? Measurements { get; set; }

        /// <summary>BenchmarkDotNet's diagnoser metrics: a list. The pre-schema-2 lab exporter wrote an object here.</summary>
        public List<Metric>? Metrics { get; set; }
    }

    public sealed class Statistics
    {
        public int N { get; set; }

        public double Median { get; set; }

        public double Mean { get; set; }
    }

    public sealed class Memory
    {
        public long BytesAllocatedPerOperation { get; set; }
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
    }
}
