using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PerfLab.Transactions.Isolation;

/// <summary>
/// One worker of <see cref="CounterIncrements"/>: its own connection (as a second request or service instance would
/// have) and one <see cref="IncrementTechnique"/>. Not thread-safe: one thread per worker.
/// </summary>
public sealed class CounterWorker : IDisposable
{
    /// <summary>Bounds an optimistic increment that keeps losing: far above what two workers can cause.</summary>
    public const int MaxAttempts = 1_000;

    private const string SelectValue = "SELECT Value FROM Counters WHERE Id = $id";
    private const string SelectValueAndVersion = "SELECT Value, Version FROM Counters WHERE Id = $id";
    private const string SetValue = "UPDATE Counters SET Value = $value WHERE Id = $id";
    private const string AddOne = "UPDATE Counters SET Value = Value + 1 WHERE Id = $id";
    private const string SetValueIfVersion = "UPDATE Counters SET Value = $value, Version = $version + 1 WHERE Id = $id AND Version = $version";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand? _read;
    private readonly SqliteCommand? _write;
    private readonly PooledDbContextFactory<CounterContext>? _contexts;

    public CounterWorker(SqliteConnection connection, IncrementTechnique technique)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        Technique = technique;
        switch (technique)
        {
            case IncrementTechnique.ReadModifyWrite or IncrementTechnique.BeginImmediate:
                _read = Prepare(SelectValue, "$id");
                _write = Prepare(SetValue, "$value", "$id");
                break;
            case IncrementTechnique.AtomicUpdate:
                _write = Prepare(AddOne, "$id");
                break;
            case IncrementTechnique.OptimisticVersion:
                _read = Prepare(SelectValueAndVersion, "$id");
                _write = Prepare(SetValueIfVersion, "$value", "$version", "$id");
                break;
            case IncrementTechnique.EfCoreConcurrencyToken:
                _contexts = new PooledDbContextFactory<CounterContext>(CounterContext.CreateOptions(connection));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(technique), technique, null);
        }
    }

    public IncrementTechnique Technique { get; }

    /// <summary>Optimistic writes that lost to the other worker and were retried.</summary>
    public int Conflicts { get; private set; }

    /// <summary>
    /// Adds one to the counter. <paramref name="betweenReadAndWrite"/> runs after the value was read and before it is
    /// written (techniques that read): tests widen or force the race window with it.
    /// </summary>
    public void Increment(Action? betweenReadAndWrite = null)
    {
        switch (Technique)
        {
            case IncrementTechnique.ReadModifyWrite:
                ReadModifyWrite(transaction: null, betweenReadAndWrite);
                break;
            case IncrementTechnique.AtomicUpdate:
                _write!.Parameters[0].Value = CounterSchema.CounterId;
                _write.ExecuteNonQuery();
                break;
            case IncrementTechnique.BeginImmediate:
            {
                // deferred: false is BEGIN IMMEDIATE: the write lock before the read, so no one else can write in between.
                using var transaction = _connection.BeginTransaction(deferred: false);
                ReadModifyWrite(transaction, betweenReadAndWrite);
                transaction.Commit();
                break;
            }
            case IncrementTechnique.OptimisticVersion:
                Retry(() =>
                {
                    _read!.Parameters[0].Value = CounterSchema.CounterId;
                    long value, version;
                    using (var row = _read.ExecuteReader())
                    {
                        row.Read();
                        value = row.GetInt64(0);
                        version = row.GetInt64(1);
                    }
                    betweenReadAndWrite?.Invoke();
                    _write!.Parameters[0].Value = value + 1;
                    _write.Parameters[1].Value = version;
                    _write.Parameters[2].Value = CounterSchema.CounterId;
                    return _write.ExecuteNonQuery() == 1;
                });
                break;
            case IncrementTechnique.EfCoreConcurrencyToken:
                Retry(() =>
                {
                    using var context = _contexts!.CreateDbContext();
                    var counter = context.Counters.Single(c => c.Id == CounterSchema.CounterId);
                    betweenReadAndWrite?.Invoke();
                    counter.Value++;
                    counter.Version++;
                    try
                    {
                        context.SaveChanges();
                        return true;
                    }
                    catch (DbUpdateConcurrencyException)
                    {
                        return false;
                    }
                });
                break;
        }
    }

    public void Dispose()
    {
        _read?.Dispose();
        _write?.Dispose();
    }

    private void ReadModifyWrite(SqliteTransaction? transaction, Action? betweenReadAndWrite)
    {
        _read!.Transaction = transaction;
        _write!.Transaction = transaction;
        _read.Parameters[0].Value = CounterSchema.CounterId;
        var value = (long)_read.ExecuteScalar()!;
        betweenReadAndWrite?.Invoke();
        _write.Parameters[0].Value = value + 1;
        _write.Parameters[1].Value = CounterSchema.CounterId;
        _write.ExecuteNonQuery();
    }

    private void Retry(Func<bool> attempt)
    {
        for (var i = 0; i < MaxAttempts; i++)
        {
            if (attempt()) return;
            Conflicts++;
        }
        throw new InvalidOperationException($"an optimistic increment lost {MaxAttempts} times in a row");
    }

    private SqliteCommand Prepare(string sql, params string[] parameters) => _connection.PrepareCommand(sql, parameters);
}
