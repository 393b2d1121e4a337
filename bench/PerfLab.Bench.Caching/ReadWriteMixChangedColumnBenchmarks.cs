using System.Globalization;
using PerfLab.Data.Sqlite;

namespace PerfLab.Bench.Caching;

/// <summary>
/// Nine reads to one write, keys Zipf-distributed over 1,000 customers, under each way of keeping a cache in step
/// with writes (all over <c>IMemoryCache</c> with a 1 s time to live). A write is an UPDATE of the one column that
/// changed (the loyalty points) and commits on its own, as a service's write does; every technique pays it in full,
/// so it bounds what any cache can save here. Time is simulated at 1 ms per operation, so an entry lives 1,000
/// operations. "StaleReads" counts the reads that returned something other than the last value written, over one
/// pass of the 10,000-operation script from a cold cache; "SqliteSettings" states the durability the writes run
/// under. Each process builds only the repository it measures, so no other policy's invalidation runs in it.
/// </summary>
// Warm-up measured for protocol v2 (bench/PerfLab.Bench.Common/results-profile.md): settles after 10-20 iterations.
[WarmupCount(20)]
[BenchmarkCategory(Categories.Caching.ReadWriteMix)]
public class ReadWriteMixChangedColumnBenchmarks : CachingBenchmark, ILabMetricSource
{
    private const int Customers = 1_000;
    private const int ScriptLength = 10_000;
    private const int OperationsPerInvoke = 100;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(1);

    private ReadWriteMix _mix = null!;
    private ICustomerRepository _repository = null!;

    [GlobalSetup(Target = nameof(Uncached))]
    public void SetupUncached() => _repository = OpenMix().Store;

    [GlobalSetup(Target = nameof(TtlOnly))]
    public void SetupTtlOnly() => _repository = OpenMix().CreateWritePolicyCache(WritePolicy.TtlOnly, _mix.Clock, TimeToLive);

    [GlobalSetup(Target = nameof(WriteThrough))]
    public void SetupWriteThrough() => _repository = OpenMix().CreateWritePolicyCache(WritePolicy.WriteThrough, _mix.Clock, TimeToLive);

    [GlobalSetup(Target = nameof(InvalidateOnWrite))]
    public void SetupInvalidateOnWrite() => _repository = OpenMix().CreateWritePolicyCache(WritePolicy.InvalidateOnWrite, _mix.Clock, TimeToLive);

    [GlobalSetup(Target = nameof(VersionedKeys))]
    public void SetupVersionedKeys() => _repository = OpenMix().CreateVersionedKeyCache(_mix.Clock, TimeToLive);

    [Benchmark(Baseline = true, OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> Uncached() => Run();

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> TtlOnly() => Run();

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> WriteThrough() => Run();

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> InvalidateOnWrite() => Run();

    [Benchmark(OperationsPerInvoke = OperationsPerInvoke)]
    public ValueTask<long> VersionedKeys() => Run();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        _mix.RunAsync(_repository, ScriptLength).AsTask().GetAwaiter().GetResult();
        return new Dictionary<string, string>
        {
            ["StaleReads"] = string.Create(CultureInfo.InvariantCulture, $"{_mix.StaleReads} of {_mix.Reads}"),
            [SqliteSettings.MetricName] = Lab.Store.Settings.ToString(),
        };
    }

    private CustomerCacheLab OpenMix()
    {
        OpenLab();
        _mix = ReadWriteMix.Zipf(Lab.ReadCustomers(Lab.CustomerIds.Take(Customers)), ScriptLength, Step, Seed);
        return Lab;
    }

    private ValueTask<long> Run() => _mix.RunAsync(_repository, OperationsPerInvoke);
}
