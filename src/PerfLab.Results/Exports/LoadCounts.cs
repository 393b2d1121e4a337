namespace PerfLab.Results.Exports;

/// <summary>
/// What became of a load's requests, as the <c>PerfLab.Load</c> block records it for the merged runs
/// (<see cref="LoadRecord"/>) and for each run (<see cref="LoadIteration"/>): the same fields in both places.
/// </summary>
/// <param name="AchievedRate">Completed ÷ the wall time of the run(s), requests per second.</param>
public sealed record LoadCounts(long Requested, long Completed, long Errors, long Timeouts, long NotStarted, double AchievedRate)
{
    /// <summary>Requests that did not complete, whatever the reason: errors, timeouts and requests never started.</summary>
    public long Failed => Errors + Timeouts + NotStarted;
}
