namespace PerfLab.Load;

/// <summary>The checks both runners make: a load must be bounded in requests and in time.</summary>
internal static class LoadBounds
{
    public static void Validate(int requestCount, TimeSpan timeLimit, TimeSpan requestTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestCount, 1, "RequestCount");
        if (timeLimit <= TimeSpan.Zero || timeLimit == Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException("TimeLimit", timeLimit, "A load run must have a finite, positive time limit.");
        if (requestTimeout <= TimeSpan.Zero || requestTimeout == Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException("RequestTimeout", requestTimeout, "Each request needs a finite, positive timeout.");
    }
}
