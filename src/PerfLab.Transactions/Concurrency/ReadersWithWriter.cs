using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PerfLab.Data.Sqlite.IndexVariants;

namespace PerfLab.Transactions.Concurrency;

/// <summary>
/// Readers and one writer on one database file: <see cref="Readers"/> threads each read <see cref="ReadsPerReader"/>
/// customers by id while a writer commits <see cref="Commits"/> transactions of <see cref="RowsPerCommit"/> updates,
/// every connection its own, waiting for locks through <see cref="LockWait"/>. The only variable is the journal mode;
/// every connection runs synchronous=FULL, the setting under which both modes promise durability against power loss.
/// </summary>
/// <remarks>
/// The work is bounded in count (a run always makes the same number of read attempts and commits; a failed one is
/// counted, not retried) and in time (every lock wait ends after <see cref="LockWait.BusyTimeout"/>, the whole run after
/// <see cref="TimeLimit"/>). The writer's commits are spread over the reads: commit k waits until k/(Commits+1) of the
/// reads have been attempted, so both modes face the same interleaving however fast they go. Each side runs on its own
/// thread (not the thread pool, which would queue a third blocking worker on two cores).
/// </remarks>
public sealed class ReadersWithWriter : IDisposable
{
    public const int Customers = 10_000;
    public const int Readers = 2;
    public const int ReadsPerReader = 500;
    public const int Commits = 20;
    public const int RowsPerCommit = 10;

    /// <summary>Read attempts per run: the benchmark's operations per invocation.</summary>
    public const int TotalReads = Readers * ReadsPerReader;

    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    private const string ReadSql = "SELECT Id, Email, Name, LoyaltyPoints FROM Customers WHERE Id = $id";
    private const string WriteSql = "UPDATE Customers SET LoyaltyPoints = LoyaltyPoints + 1 WHERE Id = $id";

    private readonly LabDatabase _database;
    private readonly List<SqliteConnection> _connections = [];
    private readonly SqliteCommand[] _reads;
    private readonly KeyCycle<long>[] _readKeys;
    private readonly SqliteConnection _writer;
    private readonly SqliteCommand _write;
    private readonly KeyCycle<long> _writeKeys;

    private ReadersWithWriter(JournalMode journalMode)
    {
        Setting = new DurabilitySetting(journalMode, SynchronousLevel.Full);
        _database = LabDatabase.Create(new DatabaseSpec(CustomerTableVariant.RowidPrimaryKey, Customers));
        try
        {
            _writer = Open();
            _write = Prepare(_writer, WriteSql);
            _writeKeys = KeyCycle.ShuffledIds(Customers, CommerceDataGenerator.DefaultSeed);
            _reads = new SqliteCommand[Readers];
            _readKeys = new KeyCycle<long>[Readers];
            for (var i = 0; i < Readers; i++)
            {
                _reads[i] = Prepare(Open(), ReadSql);
                _readKeys[i] = KeyCycle.ShuffledIds(Customers, CommerceDataGenerator.DefaultSeed + 1 + i);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public DurabilitySetting Setting { get; }

    /// <summary>A private copy of the customers table in <paramref name="journalMode"/>.</summary>
    public static ReadersWithWriter Create(JournalMode journalMode) => new(journalMode);

    /// <summary>The settings every connection runs under (they agree: the journal mode is the file's, synchronous set on each).</summary>
    public SqliteSettings Settings => SqliteSettings.Read(_writer);

    /// <summary>One bounded run: every read attempt and every commit, or a <see cref="TimeoutException"/> past <see cref="TimeLimit"/>.</summary>
    public ReadersWithWriterResult Run()
    {
        var stopwatch = Stopwatch.StartNew();
        var attempts = 0;
        var reads = 0;
        var readErrors = 0;
        var commits = 0;
        var writeErrors = 0;
        const int readsPerCommit = TotalReads / (Commits + 1);
        using var commitDue = new SemaphoreSlim(0);
        var latencies = new long[Readers][];
        var failures = new Exception?[Readers + 1];

        var threads = new List<Thread>();
        for (var r = 0; r < Readers; r++)
        {
            var reader = r;
            threads.Add(new Thread(() => failures[reader] = Capture(() =>
            {
                var own = latencies[reader] = new long[ReadsPerReader];
                var command = _reads[reader];
                var keys = _readKeys[reader];
                for (var i = 0; i < ReadsPerReader; i++)
                {
                    ThrowPastTimeLimit(stopwatch);
                    command.Parameters[0].Value = keys.Next();
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var result = command.ExecuteReader();
                        if (!result.Read()) throw new InvalidOperationException("a customer id read no row");
                        Interlocked.Increment(ref reads);
                    }
                    catch (SqliteException e) when (LockWait.IsLockError(e))
                    {
                        Interlocked.Increment(ref readErrors);
                    }
                    own[i] = Stopwatch.GetTimestamp() - started;
                    if (Interlocked.Increment(ref attempts) % readsPerCommit == 0) commitDue.Release();
                }
            })));
        }
        threads.Add(new Thread(() => failures[Readers] = Capture(() =>
        {
            for (var k = 0; k < Commits; k++)
            {
                var remaining = TimeLimit - stopwatch.Elapsed;
                if (remaining <= TimeSpan.Zero || !commitDue.Wait(remaining)) ThrowPastTimeLimit(stopwatch, force: true);
                try
                {
                    using var transaction = _writer.BeginTransaction();
                    _write.Transaction = transaction;
                    for (var i = 0; i < RowsPerCommit; i++)
                    {
                        _write.Parameters[0].Value = _writeKeys.Next();
                        _write.ExecuteNonQuery();
                    }
                    transaction.Commit();
                    commits++;
                }
                catch (SqliteException e) when (LockWait.IsLockError(e))
                {
                    writeErrors++;
                }
            }
        })));

        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        stopwatch.Stop();
        if (failures.OfType<Exception>().ToArray() is { Length: > 0 } thrown) throw new AggregateException(thrown);
        return new ReadersWithWriterResult(reads, readErrors, commits, writeErrors, stopwatch.Elapsed, [.. latencies.SelectMany(l => l)]);
    }

    public void Dispose()
    {
        _write?.Dispose();
        foreach (var read in _reads ?? []) read?.Dispose();
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

    private static SqliteCommand Prepare(SqliteConnection connection, string sql) => connection.PrepareCommand(sql, "$id");

    private static void ThrowPastTimeLimit(Stopwatch stopwatch, bool force = false)
    {
        if (force || stopwatch.Elapsed > TimeLimit)
        {
            throw new TimeoutException($"readers and writer ran past {TimeLimit.TotalSeconds} s");
        }
    }

    private static Exception? Capture(Action body)
    {
        try
        {
            body();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
