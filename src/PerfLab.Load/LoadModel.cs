namespace PerfLab.Load;

/// <summary>How a load run issued its requests, and so from when its latencies are measured.</summary>
public enum LoadModel
{
    /// <summary>Requests on a fixed timeline; latency from each request's intended start (<see cref="OpenLoopRunner"/>).</summary>
    OpenLoop,

    /// <summary>Each worker's next request after its previous one; latency from the actual start (<see cref="ClosedLoopRunner"/>).</summary>
    ClosedLoop,
}
