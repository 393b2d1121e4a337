namespace PerfLab.Results.Exports;

/// <summary>BenchmarkDotNet's <c>HostEnvironmentInfo</c>. Every member is optional: older versions write fewer.</summary>
public sealed record HostEnvironment(
    string? BenchmarkDotNetVersion,
    string? OsVersion,
    string? ProcessorName,
    int? PhysicalProcessorCount,
    int? PhysicalCoreCount,
    int? LogicalCoreCount,
    string? RuntimeVersion,
    string? Architecture,
    string? Configuration,
    string? DotNetSdkVersion,
    bool? HasAttachedDebugger);
