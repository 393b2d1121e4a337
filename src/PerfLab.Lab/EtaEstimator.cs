namespace PerfLab.Lab;

/// <summary>
/// Estimates the time left in a run from what it has seen: the durations of finished invocations (per suite/side label)
/// and the pace of the one now running. Pure: the caller supplies every duration.
/// </summary>
public sealed class EtaEstimator
{
    private readonly Dictionary<string, List<TimeSpan>> finished = new(StringComparer.Ordinal);

    public void Finished(string label, TimeSpan duration)
    {
        if (!finished.TryGetValue(label, out var durations)) finished[label] = durations = [];
        durations.Add(duration);
    }

    /// <summary>
    /// Time left: the rest of the current invocation (its pace so far, or the label's usual duration) plus one usual
    /// duration for each upcoming invocation. null while nothing is known yet (first case of the first invocation).
    /// </summary>
    public TimeSpan? Remaining(string label, TimeSpan elapsed, int completedCases, int? totalCases, IEnumerable<string> upcoming)
    {
        TimeSpan? projectedTotal = completedCases > 0 && totalCases is { } total && total >= completedCases
            ? elapsed / completedCases * total
            : Typical(label);
        if (projectedTotal is null) return null;

        var left = projectedTotal.Value - elapsed;
        if (left < TimeSpan.Zero) left = TimeSpan.Zero;
        foreach (var next in upcoming)
        {
            left += Typical(next) ?? (next == label ? projectedTotal.Value : Typical() ?? projectedTotal.Value);
        }
        return left;
    }

    private TimeSpan? Typical(string label) =>
        finished.TryGetValue(label, out var durations) ? Average(durations) : null;

    private TimeSpan? Typical() =>
        finished.Count > 0 ? Average(finished.Values.SelectMany(d => d).ToArray()) : null;

    private static TimeSpan Average(IReadOnlyCollection<TimeSpan> durations) =>
        TimeSpan.FromTicks((long)durations.Average(d => d.Ticks));
}
