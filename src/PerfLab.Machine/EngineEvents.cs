namespace PerfLab.Machine;

/// <summary>
/// BenchmarkDotNet's <c>EngineEventSource</c> (0.15), as the lab's listeners in a benchmark process know it: it marks
/// each measured iteration's start and stop outside the timed region, and the benchmark's end.
/// </summary>
public static class EngineEvents
{
    /// <summary>The event source's name.</summary>
    public const string SourceName = "BenchmarkDotNet.EngineEventSource";

    /// <summary>Event IDs: the benchmark's stop, and a measured (workload, actual) iteration's start and stop; the stop's first payload is its operation count.</summary>
    public const int BenchmarkStop = 2, WorkloadActualStart = 15, WorkloadActualStop = 16;
}
