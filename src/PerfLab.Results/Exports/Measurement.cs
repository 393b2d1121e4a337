namespace PerfLab.Results.Exports;

/// <summary>One raw BenchmarkDotNet measurement (one iteration of one stage of one launch).</summary>
/// <param name="IterationMode"><c>Overhead</c> or <c>Workload</c> (older versions: also <c>Dummy</c>...).</param>
/// <param name="IterationStage"><c>Jitting</c>, <c>Pilot</c>, <c>Warmup</c>, <c>Actual</c> or <c>Result</c>.</param>
/// <param name="Nanoseconds">The whole iteration's time, for all its <paramref name="Operations"/>.</param>
public sealed record Measurement(string IterationMode, string IterationStage, int LaunchIndex, int IterationIndex, long Operations, double Nanoseconds)
{
    public double NanosecondsPerOperation => Operations == 0 ? double.NaN : Nanoseconds / Operations;

    /// <summary>A measured iteration: workload, stage <c>Actual</c> (not warm-up, pilot or overhead), with operations.</summary>
    public bool IsMeasuredIteration =>
        string.Equals(IterationMode, "Workload", StringComparison.Ordinal) && string.Equals(IterationStage, "Actual", StringComparison.Ordinal) && Operations > 0;
}
