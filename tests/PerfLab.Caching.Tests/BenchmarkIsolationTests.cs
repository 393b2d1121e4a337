using System.Reflection;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Caching;
using PerfLab.Bench.Common;
using PerfLab.Caching;
using PerfLab.Data.Sqlite;
using static PerfLab.Tests.Shared.SuiteShape;

namespace PerfLab.Caching.Tests;

/// <summary>
/// Each caching benchmark process builds only the technique it measures: running a benchmark method's own
/// <c>[GlobalSetup(Target = ...)]</c> builds nothing for the uncached row and exactly that row's technique otherwise
/// (<see cref="CustomerCacheLab.Built"/>), so no other cache's warm-up, invalidation or timers run beside it.
/// </summary>
public sealed class BenchmarkIsolationTests
{
    /// <summary>Rows whose name is not their technique's.</summary>
    private static readonly Dictionary<string, string> TechniqueOf = new()
    {
        [$"{nameof(StampedeBenchmarks)}.{nameof(StampedeBenchmarks.HybridCache)}"] = nameof(CacheTechnique.HybridCacheImmutable),
        [$"{nameof(RedisBenchmarks)}.{nameof(RedisBenchmarks.RedisHit)}"] = nameof(CacheTechnique.Redis),
        [$"{nameof(RedisBenchmarks)}.{nameof(RedisBenchmarks.RedisHitPipelined)}"] = nameof(CacheTechnique.Redis),
        [$"{nameof(RedisBenchmarks)}.{nameof(RedisBenchmarks.RedisMiss)}"] = nameof(CacheTechnique.Redis),
        [$"{nameof(RedisLoadBenchmarks)}.{nameof(RedisLoadBenchmarks.RedisHit)}"] = nameof(CacheTechnique.Redis),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in BenchmarkClasses())
        {
            if ((type == typeof(RedisBenchmarks) || type == typeof(RedisLoadBenchmarks)) && RedisServer.UnavailableReason is not null) continue;
            foreach (var method in BenchmarkMethods(type)) data.Add(type.Name, method.Name);
        }
        return data;
    }

    [Fact]
    public void Each_comparison_is_in_exactly_one_part() =>
        PerfLab.Tests.Shared.SuiteShape.AssertPartsHoldEachComparisonOnce("caching", BenchmarkClasses().ToArray());

    [Fact]
    public void Every_benchmark_method_has_exactly_one_setup_of_its_own_and_none_is_shared()
    {
        foreach (var type in BenchmarkClasses())
        {
            var setups = type.GetMethods().Select(m => m.GetCustomAttribute<GlobalSetupAttribute>()).Where(a => a is not null).ToArray();
            Assert.All(setups, a => Assert.NotNull(a!.Targets));
            foreach (var method in BenchmarkMethods(type))
            {
                Assert.Single(setups, a => a!.Targets.Contains(method.Name));
            }
        }
    }

    [Fact]
    public void No_benchmark_carries_a_retired_ID() =>
        Assert.DoesNotContain(BenchmarkClasses().SelectMany(t => BenchmarkMethods(t).Select(m => $"{t.FullName}.{m.Name}")), Categories.Retired.IsRetired);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_setup_builds_only_its_own_technique(string benchmarkClass, string benchmarkMethod)
    {
        var benchmark = await SetUpAsync(benchmarkClass, benchmarkMethod);
        try
        {
            var expected = benchmarkMethod == "Uncached"
                ? []
                : new[] { TechniqueOf.GetValueOrDefault($"{benchmarkClass}.{benchmarkMethod}", benchmarkMethod) };
            Assert.Equal(expected, benchmark.Lab.Built);
        }
        finally
        {
            benchmark.GlobalCleanup();
        }
    }

    /// <summary>The caching suite's write comparison states its durability, the same for every technique.</summary>
    [Fact]
    public async Task Every_read_write_mix_technique_reports_the_same_journal_mode_and_synchronous_level()
    {
        var settings = new List<string>();
        foreach (var method in BenchmarkMethods(typeof(ReadWriteMixChangedColumnBenchmarks)))
        {
            var benchmark = (ReadWriteMixChangedColumnBenchmarks)await SetUpAsync(nameof(ReadWriteMixChangedColumnBenchmarks), method.Name);
            try
            {
                settings.Add(benchmark.GetLabMetrics(method.Name)[SqliteSettings.MetricName]);
            }
            finally
            {
                benchmark.GlobalCleanup();
            }
        }

        Assert.Equal(5, settings.Count);
        Assert.StartsWith("journal_mode=wal, synchronous=NORMAL, ", Assert.Single(settings.Distinct()), StringComparison.Ordinal);
    }

    /// <summary>A benchmark of the class with its first parameter values, after the method's own global setup.</summary>
    private static async Task<CachingBenchmark> SetUpAsync(string benchmarkClass, string benchmarkMethod)
    {
        var type = BenchmarkClasses().Single(t => t.Name == benchmarkClass);
        var benchmark = (CachingBenchmark)Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null))
        {
            property.SetValue(benchmark, property.GetCustomAttribute<ParamsAttribute>()!.Values[0]);
        }
        if (type == typeof(RedisBenchmarks)) ((RedisBenchmarks)benchmark).Server = RedisBenchmarks.RedisServers().Single();
        if (type == typeof(RedisLoadBenchmarks)) ((RedisLoadBenchmarks)benchmark).Server = RedisBenchmarks.RedisServers().Single();
        var setup = type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>()?.Targets.Contains(benchmarkMethod) == true);
        try
        {
            if (setup.Invoke(benchmark, null) is Task task) await task;
            return benchmark;
        }
        catch
        {
            benchmark.GlobalCleanup();
            throw;
        }
    }

    private static IEnumerable<Type> BenchmarkClasses() =>
        typeof(CachingBenchmark).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && BenchmarkMethods(t).Any());

}
