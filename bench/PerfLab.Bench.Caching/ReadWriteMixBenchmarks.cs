using System.Globalization;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Caching;

namespace PerfLab.Bench.Caching;

/// <summary>
/// Nine reads to one write, keys Zipf-distributed over 1,000 customers, under each way of keeping a cache in step
/// with writes (all over <c>IMemoryCache</c> with a 1 s time to live). Time is simulated at 1 ms per operation, so
/// an entry lives 1,000 operations. "StaleReads" counts the reads that returned something other than the last value
/// written, over one pass of the 10,000-operation script from a cold cache.
/// </summary>
[BenchmarkCategory(Categories.Caching.ReadWriteMix)]
public class ReadWriteMixBenchmarks : CachingBenchmark, ILabMetricSource
{
    private const int Customers = 1_000;
    private const int ScriptLength = 10_000;
    private const int OperationsPerInvoke = 100;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(1);

    private ReadWriteMix _mix = null!;
    private Dictionary<string, ICustomerRepository> _repositories = null!;

    protected override Task SetupAsync()
    {
        _mix = ReadWriteMix.Zipf(Lab.ReadCustomers(Lab.CustomerIds.Take(Customers)), ScriptLength, Step, Seed);
        _repositories = new Dictionary<string, ICustomerRepository>
        {
            [nameof(Uncached)] = Lab.Store,
            [nameof(TtlOnly)] = Lab.CreateWritePolicyCache(WritePolicy.TtlOnly, _mix.Clock, TimeToLive),
            [nameof(WriteThrough)] = Lab.CreateWritePolicyCache(WritePolicy.WriteThrough, _mix.Clock, TimeToLive),
            [nameof(InvalidateOnWrite)] = Lab.CreateWritePolicyCache(WritePolicy.InvalidateOnWrite, _mix.Clock, TimeToLive),
            [nameof(VersionedKeys)] = Lab.CreateVersionedKeyCache(_mix.Clock, TimeToLive),
        };
        return Task.CompletedTask;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> Uncached() => Run(nameof(Uncached));

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> TtlOnly() => Run(nameof(TtlOnly));

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> WriteThrough() => Run(nameof(WriteThrough));

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> InvalidateOnWrite() => Run(nameof(InvalidateOnWrite));

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> VersionedKeys() => Run(nameof(VersionedKeys));

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        _mix.RunAsync(_repositories[benchmarkMethod], ScriptLength).AsTask().GetAwaiter().GetResult();
        return new Dictionary<string, string>
        {
            ["StaleReads"] = string.Create(CultureInfo.InvariantCulture, $"{_mix.StaleReads} of {_mix.Reads}"),
        };
    }

    private ValueTask<long> Run(string repository) => _mix.RunAsync(_repositories[repository], OperationsPerInvoke);
}
