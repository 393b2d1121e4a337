using PerfLab.Bench.Transactions;
using PerfLab.Data.Sqlite;
using PerfLab.Transactions.Isolation;

namespace PerfLab.Transactions.Tests;

/// <summary>
/// Which increments lose updates: the read-modify-write without a transaction does (shown deterministically and
/// under a widened race), every fix does not, and every technique writes under the same setting.
/// </summary>
public sealed class LostUpdateTests
{
    /// <summary>
    /// Both workers read before either writes, every time (a barrier between read and write): each pair of increments
    /// writes the same value twice, so exactly half of the acknowledged increments are lost.
    /// </summary>
    [Fact]
    public void Read_modify_write_without_a_transaction_loses_an_update_whenever_the_reads_interleave()
    {
        using var workload = CounterIncrements.Create(IncrementTechnique.ReadModifyWrite);
        using var bothRead = new Barrier(CounterIncrements.Workers);

        var run = workload.Run(() => bothRead.SignalAndWait(TimeSpan.FromSeconds(10)));

        Assert.Equal(0, run.LockErrors);
        Assert.Equal(CounterIncrements.TotalIncrements, run.Acknowledged);
        Assert.Equal(CounterIncrements.IncrementsPerWorker, run.Added);
        Assert.Equal(CounterIncrements.IncrementsPerWorker, run.LostUpdates);
    }

    /// <summary>A millisecond between read and write (a slow request) is enough for the unprotected increment to lose updates.</summary>
    [Fact]
    public void Read_modify_write_without_a_transaction_loses_updates_under_a_realistic_race()
    {
        using var workload = CounterIncrements.Create(IncrementTechnique.ReadModifyWrite);

        var run = workload.Run(() => Thread.Sleep(1));

        Assert.True(run.LostUpdates > 0, $"no update lost in {run.Acknowledged} acknowledged increments");
    }

    [Theory]
    [InlineData(IncrementTechnique.AtomicUpdate)]
    [InlineData(IncrementTechnique.BeginImmediate)]
    [InlineData(IncrementTechnique.OptimisticVersion)]
    [InlineData(IncrementTechnique.EfCoreConcurrencyToken)]
    public void A_fix_loses_no_update_under_the_same_race(IncrementTechnique technique)
    {
        using var workload = CounterIncrements.Create(technique);

        var run = workload.Run(() => Thread.Sleep(1));

        Assert.Equal(0, run.LockErrors);
        Assert.Equal(0, run.LostUpdates);
        Assert.Equal(CounterIncrements.TotalIncrements, run.Added);
    }

    /// <summary>The optimistic fixes do not lose updates because they detect the other writer and retry.</summary>
    [Theory]
    [InlineData(IncrementTechnique.OptimisticVersion)]
    [InlineData(IncrementTechnique.EfCoreConcurrencyToken)]
    public void The_optimistic_fixes_detect_conflicts_and_retry(IncrementTechnique technique)
    {
        using var workload = CounterIncrements.Create(technique);
        using var bothRead = new Barrier(CounterIncrements.Workers);

        // Both read before either writes where they can; a worker that finished first leaves the other to time out alone.
        var run = workload.Run(() => bothRead.SignalAndWait(TimeSpan.FromMilliseconds(50)));

        Assert.True(run.Conflicts > 0);
        Assert.Equal(0, run.LostUpdates);
        Assert.Equal(CounterIncrements.TotalIncrements, run.Added);
    }

    [Fact]
    public void Every_technique_writes_under_WAL_with_synchronous_NORMAL()
    {
        var settings = Enum.GetValues<IncrementTechnique>().Select(t =>
        {
            using var workload = CounterIncrements.Create(t);
            return workload.Settings.ToString();
        }).ToArray();

        Assert.Single(settings.Distinct());
        Assert.StartsWith("journal_mode=wal, synchronous=NORMAL, ", settings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_technique_has_its_benchmark_row_and_its_metrics_count_lost_updates()
    {
        var methods = typeof(LostUpdateBenchmarks).GetMethods().Where(m => m.Name.StartsWith("Increment_", StringComparison.Ordinal)).Select(m => m.Name["Increment_".Length..]);
        Assert.Equal(Enum.GetNames<IncrementTechnique>().Order(), methods.Order());

        var benchmark = new LostUpdateBenchmarks();
        benchmark.SetupAtomicUpdate();
        try
        {
            var metrics = benchmark.GetLabMetrics(nameof(LostUpdateBenchmarks.Increment_AtomicUpdate));
            Assert.Equal("0", metrics["LostUpdates"]);
            Assert.Contains("Conflicts", metrics.Keys);
            Assert.Contains("LockErrors", metrics.Keys);
            Assert.Contains(SqliteSettings.MetricName, metrics.Keys);
        }
        finally
        {
            benchmark.Cleanup();
        }
    }
}
