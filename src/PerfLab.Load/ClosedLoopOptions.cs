namespace PerfLab.Load;

/// <summary>The bounds and shape of a closed-loop run.</summary>
public sealed record ClosedLoopOptions
{
    /// <summary>Workers, each issuing its next request when its previous one ends.</summary>
    public required int Workers { get; init; }

    /// <summary>Most requests the run issues, over all workers.</summary>
    public required int RequestCount { get; init; }

    /// <summary>No request starts at or after this time from the run's start; the rest count as not started.</summary>
    public required TimeSpan TimeLimit { get; init; }

    /// <summary>A request that has not finished this long after its start is a timeout (its token is cancelled).</summary>
    public required TimeSpan RequestTimeout { get; init; }

    /// <summary>Reads the server's total CPU time, sampled before and after the run; null when there is no server to sample.</summary>
    public Func<TimeSpan>? ServerCpuTime { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Workers, 1, nameof(Workers));
        LoadBounds.Validate(RequestCount, TimeLimit, RequestTimeout);
    }
}
