using System.Globalization;
using PerfLab.Transactions.Concurrency;

namespace PerfLab.Bench.Transactions;

/// <summary>
/// Two readers read customers by id while one writer commits 20 transactions of 10 updates (synchronous=FULL), in a
/// rollback journal (the baseline) or in WAL. Time is per read attempt, the whole run's wall clock divided by its
/// 1,000 reads, so the ratio is the inverse of the read throughput ratio. The metrics come from
/// <see cref="MetricRuns"/> further runs in the host: read throughput, read latency percentiles, and the "database is
/// locked" errors each side met with a 1 s busy timeout. Each process builds only the database it measures.
/// </summary>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, transactions): two readers and a writer on two cores drift
// with the race, not the JIT: at 80 warm-up iterations they had not settled better than at 40. 40; the report's
// trend check marks the rounds that still drift.
[WarmupCount(40)]
[BenchmarkCategory(Categories.Transactions.ReadersWithWriter)]
public class ReadersWithWriterBenchmarks : ILabMetricSource
{
    /// <summary>Runs pooled for the metrics: 5,000 read latencies, 100 commits.</summary>
    public const int MetricRuns = 5;

    private ReadersWithWriter _workload = null!;

    [GlobalSetup(Target = nameof(Read_RollbackJournal))]
    public void SetupRollbackJournal() => _workload = ReadersWithWriter.Create(JournalMode.Delete);

    [GlobalSetup(Target = nameof(Read_Wal))]
    public void SetupWal() => _workload = ReadersWithWriter.Create(JournalMode.Wal);

    [GlobalCleanup]
    public void Cleanup() => _workload?.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = ReadersWithWriter.TotalReads)]
    public ReadersWithWriterResult Read_RollbackJournal() => _workload.Run();

    [Benchmark(OperationsPerInvoke = ReadersWithWriter.TotalReads)]
    public ReadersWithWriterResult Read_Wal() => _workload.Run();

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var result = ReadersWithWriterResult.Combine([.. Enumerable.Range(0, MetricRuns).Select(_ => _workload.Run())]);
        return new Dictionary<string, string>
        {
            ["ReadsPerSecond"] = Math.Round(result.ReadsPerSecond).ToString(CultureInfo.InvariantCulture),
            ["ReadP50Us"] = result.ReadLatencyMicroseconds(50).ToString("F1", CultureInfo.InvariantCulture),
            ["ReadP99Us"] = result.ReadLatencyMicroseconds(99).ToString("F1", CultureInfo.InvariantCulture),
            ["ReaderLockErrors"] = result.ReaderLockErrors.ToString(CultureInfo.InvariantCulture),
            ["Commits"] = result.Commits.ToString(CultureInfo.InvariantCulture),
            ["WriterLockErrors"] = result.WriterLockErrors.ToString(CultureInfo.InvariantCulture),
            ["LockWait"] = LockWait.Describe(),
            [SqliteSettings.MetricName] = _workload.Settings.ToString(),
        };
    }
}
