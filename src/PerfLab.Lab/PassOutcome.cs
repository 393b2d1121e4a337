namespace PerfLab.Lab;

/// <summary>How a pass ended: the rounds that failed, and whether Ctrl-C stopped it.</summary>
public sealed record PassOutcome(IReadOnlyList<string> Failures, bool Interrupted);
