using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PerfLab.Transactions.Concurrency;

namespace PerfLab.Transactions.Isolation;

/// <summary>
/// The lost-update workload: <see cref="Workers"/> workers, each on its own connection and thread, add one to the same
/// counter <see cref="IncrementsPerWorker"/> times with one <see cref="IncrementTechnique"/>. A run reports how many
/// acknowledged increments the counter lost, and what the technique paid (conflicts retried, lock errors).
/// </summary>
/// <remarks>
/// Every technique runs on the same private database in WAL mode with synchronous=NORMAL (SQLite's recommended WAL
/// setting: the same durability for every row, no fsync per commit), connections waiting for locks through
/// <see cref="LockWait"/>. Bounded: a fixed number of increments, each lock wait at most the busy timeout, each
/// optimistic increment at most <see cref="CounterWorker.MaxAttempts"/> tries.
/// </remarks>
public sealed class CounterIncrements : IDisposable
{
    public const int Workers = 2;
    public const int IncrementsPerWorker = 100;

    /// <summary>Increments per run: the benchmark's operations per invocation.</summary>
    public const int TotalIncrements = Workers * IncrementsPerWorker;

    /// <summary>The setting every technique writes under.</summary>
    public static readonly DurabilitySetting Setting = new(JournalMode.Wal, SynchronousLevel.Normal);

    private readonly LabDatabase _database;
    private readonly List<SqliteConnection> _connections = [];
    private readonly CounterWorker[] _workers;

    private CounterIncrements(IncrementTechnique technique)
    {
        Technique = technique;
        _database = LabDatabase.Create(new DatabaseSpec(CounterSchema.Instance, 1));
        try
        {
            _workers = new CounterWorker[Workers];
            for (var i = 0; i < Workers; i++) _workers[i] = new CounterWorker(Open(), technique);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public IncrementTechnique Technique { get; }

    public static CounterIncrements Create(IncrementTechnique technique) => new(technique);

    /// <summary>The settings the workers run under, for the page.</summary>
    public SqliteSettings Settings => SqliteSettings.Read(_connections[0]);

    /// <summary>The counter's current value.</summary>
    public long ReadCounter()
    {
        using var command = _connections[0].CreateCommand();
        command.CommandText = $"SELECT Value FROM Counters WHERE Id = {CounterSchema.CounterId}";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// One run: both workers start together and make their increments concurrently. <paramref name="betweenReadAndWrite"/>
    /// is passed to every increment (see <see cref="CounterWorker.Increment"/>).
    /// </summary>
    public IncrementRun Run(Action? betweenReadAndWrite = null)
    {
        var before = ReadCounter();
        var conflictsBefore = _workers.Sum(w => w.Conflicts);
        var lockErrors = 0;
        var failures = new Exception?[Workers];
        using var start = new ManualResetEventSlim();
        var threads = _workers.Select((worker, index) => new Thread(() =>
        {
            try
            {
                start.Wait();
                for (var i = 0; i < IncrementsPerWorker; i++)
                {
                    try
                    {
                        worker.Increment(betweenReadAndWrite);
                    }
                    catch (Exception e) when (IsLockError(e))
                    {
                        Interlocked.Increment(ref lockErrors);
                    }
                }
            }
            catch (Exception e)
            {
                failures[index] = e;
            }
        })).ToArray();

        var stopwatch = Stopwatch.StartNew();
        foreach (var thread in threads) thread.Start();
        start.Set();
        foreach (var thread in threads) thread.Join();
        stopwatch.Stop();
        if (failures.OfType<Exception>().ToArray() is { Length: > 0 } thrown) throw new AggregateException(thrown);
        return new IncrementRun(TotalIncrements, ReadCounter() - before, _workers.Sum(w => w.Conflicts) - conflictsBefore, lockErrors, stopwatch.Elapsed);
    }

    public void Dispose()
    {
        foreach (var worker in _workers ?? []) worker?.Dispose();
        foreach (var connection in _connections) connection.Dispose();
        _database.Dispose();
    }

    private SqliteConnection Open()
    {
        var connection = LockWait.Open(_database);
        _connections.Add(connection);
        Setting.Apply(connection);
        return connection;
    }

    // EF Core wraps the provider's error in a DbUpdateException.
    private static bool IsLockError(Exception e) => e switch
    {
        SqliteException sqlite => LockWait.IsLockError(sqlite),
        DbUpdateException { InnerException: SqliteException sqlite } => LockWait.IsLockError(sqlite),
        _ => false,
    };
}
