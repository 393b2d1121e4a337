using BenchmarkDotNet.Attributes;
using PerfLab.Caching;

namespace PerfLab.Bench.Caching;

/// <summary>
/// The suite's one setup: a private copy of the commerce database at <see cref="CustomerCacheLab.BenchmarkScale"/>
/// customers and the lab that builds every cache over it; a class adds its own caches and warm-up in <see cref="SetupAsync"/>.
/// </summary>
public abstract class CachingBenchmark
{
    /// <summary>Seed of the key orders and streams, fixed so every run reads the same keys in the same order.</summary>
    protected const int Seed = 20261125;

    protected CustomerCacheLab Lab { get; private set; } = null!;

    [GlobalSetup]
    public async Task GlobalSetup()
    {
        Lab = CustomerCacheLab.Create(CustomerCacheLab.BenchmarkScale);
        await SetupAsync();
    }

    [GlobalCleanup]
    public void GlobalCleanup() => Lab.Dispose();

    protected abstract Task SetupAsync();
}
