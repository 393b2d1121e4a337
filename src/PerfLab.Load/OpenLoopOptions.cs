namespace PerfLab.Load;

/// <summary>The bounds and shape of an open-loop run; every run is bounded both in requests and in time.</summary>
public sealed record OpenLoopOptions
{
    /// <summary>Offered rate, requests per second: request i is due at i / rate after the run's start.</summary>
    public required double RequestsPerSecond { get; init; }

    /// <summary>Most requests the run issues.</summary>
    public required int RequestCount { get; init; }

    /// <summary>No request starts at or after this time from the run's start; the rest count as not started.</summary>
    public required TimeSpan TimeLimit { get; init; }

    /// <summary>A request that has not finished this long after its actual start is a timeout (its token is cancelled).</summary>
    public required TimeSpan RequestTimeout { get; init; }

    /// <summary>Most requests outstanding at once; a due request waits for a slot, its latency still counted from when it was due.</summary>
    public int MaxOutstanding { get; init; } = 1024;

    /// <summary>Reads the server's total CPU time, sampled before and after the run; null when there is no server to sample.</summary>
    public Func<TimeSpan>? ServerCpuTime { get; init; }

    internal void Validate()
    {
        if (!(RequestsPerSecond > 0) || double.IsInfinity(RequestsPerSecond))
            throw new ArgumentOutOfRangeException(nameof(RequestsPerSecond), RequestsPerSecond, "The offered rate must be positive and finite.");
        LoadBounds.Validate(RequestCount, TimeLimit, RequestTimeout);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOutstanding, 1, nameof(MaxOutstanding));
    }
}
