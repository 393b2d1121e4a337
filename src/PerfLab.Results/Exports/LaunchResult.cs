namespace PerfLab.Results.Exports;

/// <summary>The measured per-operation times of one process launch.</summary>
public sealed record LaunchResult(int LaunchIndex, IReadOnlyList<double> NanosecondsPerOperation)
{
    /// <summary>The launch's median time per operation.</summary>
    public double Median => NanosecondsPerOperation.Count == 0 ? double.NaN : Quantiles.MedianOf(NanosecondsPerOperation);
}
