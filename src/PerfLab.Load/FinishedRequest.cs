namespace PerfLab.Load;

/// <summary>A request's outcome, its error's type name if it threw, and the Stopwatch timestamp of its outcome.</summary>
internal readonly record struct FinishedRequest(RequestOutcome Outcome, string? ErrorType, long EndTimestamp);
