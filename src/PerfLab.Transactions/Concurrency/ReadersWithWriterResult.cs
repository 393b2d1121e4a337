using System.Diagnostics;

namespace PerfLab.Transactions.Concurrency;

/// <summary>
/// What one run of <see cref="ReadersWithWriter"/> did: reads and their latencies, commits, and the lock errors each
/// side met. Failed reads are counted, not retried, so every run does the same number of attempts.
/// </summary>
public sealed record ReadersWithWriterResult(
    int Reads,
    int ReaderLockErrors,
    int Commits,
    int WriterLockErrors,
    TimeSpan Elapsed,
    IReadOnlyList<long> ReadLatencyTicks)
{
    /// <summary>Successful reads per second over the whole run (readers and writer together).</summary>
    public double ReadsPerSecond => Elapsed > TimeSpan.Zero ? Reads / Elapsed.TotalSeconds : 0;

    /// <summary>The latency at a percentile (0-100) of every read attempt, in microseconds (nearest rank).</summary>
    public double ReadLatencyMicroseconds(double percentile) => Percentile(ReadLatencyTicks, percentile) * 1e6 / Stopwatch.Frequency;

    /// <summary>Several runs as one: counts and latencies pooled, times added.</summary>
    public static ReadersWithWriterResult Combine(IReadOnlyList<ReadersWithWriterResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return new ReadersWithWriterResult(
            runs.Sum(r => r.Reads),
            runs.Sum(r => r.ReaderLockErrors),
            runs.Sum(r => r.Commits),
            runs.Sum(r => r.WriterLockErrors),
            TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)),
            [.. runs.SelectMany(r => r.ReadLatencyTicks)]);
    }

    private static double Percentile(IReadOnlyList<long> values, double percentile)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
