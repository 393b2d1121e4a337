using HdrHistogram;

namespace PerfLab.Load;

/// <summary>
/// Percentiles of one latency distribution, in nanoseconds, read from an HdrHistogram with 3 significant digits (each
/// value is the histogram's highest equivalent value: at most 0.1% above the recorded one).
/// </summary>
/// <param name="Count">How many values were recorded.</param>
/// <param name="P50Ns">Median.</param>
/// <param name="P90Ns">90th percentile.</param>
/// <param name="P99Ns">99th percentile.</param>
/// <param name="P999Ns">99.9th percentile.</param>
/// <param name="MaxNs">Largest value (clamped to <see cref="HighestTrackableNs"/>).</param>
public sealed record LatencySummary(long Count, long P50Ns, long P90Ns, long P99Ns, long P999Ns, long MaxNs)
{
    /// <summary>
    /// The highest value a histogram tracks: 10 minutes. A larger value is recorded as this one and counted in
    /// <see cref="LoadResult.ClampedValues"/> (a bounded run cannot get near it unless its per-request timeout does).
    /// </summary>
    public const long HighestTrackableNs = 600L * 1_000_000_000;

    /// <summary>Significant decimal digits the histograms keep.</summary>
    public const int SignificantDigits = 3;

    /// <summary>A summary with no values.</summary>
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0, 0);

    internal static LongHistogram NewHistogram() => new(HighestTrackableNs, SignificantDigits);

    internal static LatencySummary From(LongHistogram histogram) => histogram.TotalCount == 0
        ? Empty
        : new(histogram.TotalCount, histogram.GetValueAtPercentile(50), histogram.GetValueAtPercentile(90),
            histogram.GetValueAtPercentile(99), histogram.GetValueAtPercentile(99.9), histogram.GetMaxValue());

    /// <summary>A value of this summary in milliseconds, for messages and pages.</summary>
    public static double Milliseconds(long nanoseconds) => nanoseconds / 1e6;
}
