namespace PerfLab.Compare;

/// <summary>One benchmark present on both sides.</summary>
/// <param name="Time">The time comparison; null when it could not be made (see <paramref name="NotCompared"/>).</param>
/// <param name="NotCompared">Why there is no time comparison (normalized mode: the baseline itself, or no baseline).</param>
/// <param name="Measure">What <paramref name="Time"/> compares when it is not the time per operation (<see cref="SideBenchmark.Measure"/>); null for time.</param>
public sealed record BenchmarkVerdict(string FullName, string Group, ShiftAnalysis? Time, string? NotCompared, AllocationChange Allocation, string? Measure = null);
