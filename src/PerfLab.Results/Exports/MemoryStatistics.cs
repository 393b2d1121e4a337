namespace PerfLab.Results.Exports;

/// <summary>The MemoryDiagnoser's numbers.</summary>
/// <param name="BytesAllocatedPerOperation">Null when allocations were not measured (e.g. a failed benchmark).</param>
public sealed record MemoryStatistics(long? BytesAllocatedPerOperation, long Gen0Collections, long Gen1Collections, long Gen2Collections, long TotalOperations);
