namespace PerfLab.Bench.Caching;

/// <summary>
/// The suite's one setup: a private copy of the commerce database at <see cref="CustomerCacheLab.BenchmarkScale"/>
/// customers and the uncached store over it (<see cref="OpenLab"/>). Each benchmark method has its own
/// <c>[GlobalSetup(Target = ...)]</c> that opens the lab and builds only the technique it measures, so no process
/// runs another technique's warm-up, subscriptions or background work (a test checks <see cref="CustomerCacheLab.Built"/>).
/// </summary>
public abstract class CachingBenchmark
{
    /// <summary>Seed of the key orders and streams, fixed so every run reads the same keys in the same order.</summary>
    protected const int Seed = 20261125;

    /// <summary>The lab of this process (null until a setup ran): public so tests can see what a setup built.</summary>
    public CustomerCacheLab Lab { get; private set; } = null!;

    [GlobalCleanup]
    public void GlobalCleanup() => Lab?.Dispose();

    /// <summary>The first step of every setup: the database and the uncached store, no cache.</summary>
    protected void OpenLab() => Lab = CustomerCacheLab.Create(CustomerCacheLab.BenchmarkScale);
}
