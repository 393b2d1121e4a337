namespace PerfLab.Results.Exports;

/// <summary>BenchmarkDotNet's statistics of the measured iterations, in nanoseconds per operation.</summary>
/// <param name="OriginalValues">Every measured iteration (all launches), outliers included.</param>
/// <param name="ConfidenceInterval">Null in exports that omit it.</param>
public sealed record BenchmarkStatistics(
    int N,
    double Min,
    double Q1,
    double Median,
    double Mean,
    double Q3,
    double Max,
    double StandardError,
    double StandardDeviation,
    ConfidenceInterval? ConfidenceInterval,
    IReadOnlyList<double> OriginalValues);
