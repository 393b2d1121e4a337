using System.Reflection;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Bench.Orm;
using PerfLab.Data.Sqlite;

namespace PerfLab.Orm.Tests;

/// <summary>
/// Every write comparison states the durability it was measured under (journal mode, synchronous level), and every
/// technique in it, the SQLitePCLRaw floor on its own connection included, writes under the same settings.
/// </summary>
public sealed class WriteSettingsTests
{
    [Theory]
    [InlineData(typeof(CustomerInsertBenchmarks))]
    [InlineData(typeof(LoyaltyUpdateBenchmarks))]
    public void Every_technique_reports_the_same_journal_mode_and_synchronous_level(Type type)
    {
        var benchmark = (OrmBenchmark)Activator.CreateInstance(type)!;
        benchmark.Scale = 1_000;
        benchmark.GlobalSetup();
        try
        {
            var settings = type.GetMethods()
                .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
                .Select(m => ((ILabMetricSource)benchmark).GetLabMetrics(m.Name)[SqliteSettings.MetricName])
                .ToArray();

            Assert.True(settings.Length >= 3);
            Assert.Single(settings.Distinct());
            Assert.StartsWith("journal_mode=wal, synchronous=NORMAL, ", settings[0], StringComparison.Ordinal);
        }
        finally
        {
            benchmark.GlobalCleanup();
        }
    }
}
