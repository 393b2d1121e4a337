namespace PerfLab.Results.Exports;

/// <summary>One measured iteration of a load case (one bounded load run), as its <c>PerfLab.Load.Iterations</c> entry records it.</summary>
/// <param name="WallNs">From the run's first intended start to its last request's outcome.</param>
/// <param name="Counts">The run's requests and achieved rate.</param>
public sealed record LoadIteration(
    LoadCounts Counts,
    long WallNs,
    long P50Ns,
    long P99Ns,
    long MaxNs);
