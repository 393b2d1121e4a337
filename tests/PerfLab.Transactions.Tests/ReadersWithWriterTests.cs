using PerfLab.Bench.Transactions;
using PerfLab.Data.Sqlite;
using PerfLab.Transactions.Concurrency;
using PerfLab.Transactions.Durability;

namespace PerfLab.Transactions.Tests;

/// <summary>Both rows of the readers-and-writer comparison do the same bounded work under the same synchronous level.</summary>
public sealed class ReadersWithWriterTests
{
    [Theory]
    [InlineData(JournalMode.Delete)]
    [InlineData(JournalMode.Wal)]
    public void A_run_makes_every_read_attempt_and_every_commit(JournalMode journalMode)
    {
        using var workload = ReadersWithWriter.Create(journalMode);

        var result = workload.Run();

        Assert.Equal(ReadersWithWriter.TotalReads, result.Reads + result.ReaderLockErrors);
        Assert.Equal(ReadersWithWriter.Commits, result.Commits + result.WriterLockErrors);
        Assert.Equal(ReadersWithWriter.TotalReads, result.ReadLatencyTicks.Count);
        Assert.All(result.ReadLatencyTicks, t => Assert.True(t > 0));
        Assert.True(result.ReadLatencyMicroseconds(99) >= result.ReadLatencyMicroseconds(50));
        Assert.True(result.Elapsed < ReadersWithWriter.TimeLimit);
    }

    [Fact]
    public void Both_modes_run_synchronous_FULL_and_differ_only_in_the_journal()
    {
        var settings = new[] { JournalMode.Delete, JournalMode.Wal }.Select(mode =>
        {
            using var workload = ReadersWithWriter.Create(mode);
            return workload.Settings;
        }).ToArray();

        Assert.Equal(new[] { "delete", "wal" }, settings.Select(s => s.JournalMode));
        Assert.All(settings, s => Assert.Equal("FULL", s.Synchronous));
        Assert.Equal(settings[0] with { JournalMode = "wal" }, settings[1]);
    }

    [Theory]
    [InlineData(nameof(ReadersWithWriterBenchmarks.Read_RollbackJournal), "delete")]
    [InlineData(nameof(ReadersWithWriterBenchmarks.Read_Wal), "wal")]
    public void The_metrics_report_throughput_percentiles_and_lock_errors(string method, string journalMode)
    {
        var benchmark = new ReadersWithWriterBenchmarks();
        var setup = method == nameof(ReadersWithWriterBenchmarks.Read_Wal) ? (Action)benchmark.SetupWal : benchmark.SetupRollbackJournal;
        setup();
        try
        {
            var metrics = benchmark.GetLabMetrics(method);

            Assert.True(Number(metrics["ReadsPerSecond"]) > 0);
            Assert.Equal(ReadersWithWriterBenchmarks.MetricRuns * ReadersWithWriter.Commits, Number(metrics["Commits"]) + Number(metrics["WriterLockErrors"]));
            Assert.Contains("ReadP50Us", metrics.Keys);
            Assert.Contains("ReadP99Us", metrics.Keys);
            Assert.Contains("ReaderLockErrors", metrics.Keys);
            Assert.StartsWith($"journal_mode={journalMode}, synchronous=FULL, ", metrics[SqliteSettings.MetricName], StringComparison.Ordinal);
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    private static double Number(string metric) => double.Parse(metric, System.Globalization.CultureInfo.InvariantCulture);
}
