namespace PerfLab.Compare;

/// <summary>One process launch of one benchmark: the median of its measured iterations, in nanoseconds per operation.</summary>
public sealed record LaunchValue(string Export, int LaunchIndex, double Nanoseconds);
