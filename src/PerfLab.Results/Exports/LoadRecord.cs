using PerfLab.Load;

namespace PerfLab.Results.Exports;

/// <summary>
/// A load case's <c>PerfLab.Load</c> block: what its measured iterations (each one bounded open-loop run at a fixed
/// offered rate) measured, merged or summed over them. BenchmarkDotNet's time of such a case is the duration of a load
/// run, not a result: these numbers are. Null for every other case.
/// </summary>
/// <param name="OfferedRate">Requests per second offered.</param>
/// <param name="CapacityRate">Single-connection closed-loop capacity measured in the case's setup, requests per second.</param>
/// <param name="OfferedFraction"><paramref name="OfferedRate"/> ÷ <paramref name="CapacityRate"/> as configured.</param>
/// <param name="Latency">Merged over the measured iterations: completion minus intended start.</param>
/// <param name="ServiceTime">Merged: completion minus actual start (what a closed loop would report).</param>
/// <param name="Counts">Summed over the measured iterations; its achieved rate is over their summed wall time.</param>
/// <param name="ServerCpuNs">Null when the case has no server process to sample.</param>
/// <param name="Iterations">Each measured iteration's own summary, in order.</param>
public sealed record LoadRecord(
    LoadModel Model,
    double OfferedRate,
    double CapacityRate,
    double OfferedFraction,
    LatencySummary Latency,
    LatencySummary ServiceTime,
    LoadCounts Counts,
    long ClientCpuNs,
    long? ServerCpuNs,
    IReadOnlyList<LoadIteration> Iterations);
