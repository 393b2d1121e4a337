namespace PerfLab.Transactions.Isolation;

/// <summary>
/// One run of <see cref="CounterIncrements"/>: increments attempted, how much the counter really grew, and the work
/// it took to get there.
/// </summary>
/// <param name="Attempted">Increments the workers made (each reported success unless it met a lock error).</param>
/// <param name="Added">How much the counter grew: equal to the acknowledged increments unless updates were lost.</param>
/// <param name="Conflicts">Optimistic writes that found the version changed and were retried.</param>
/// <param name="LockErrors">"database is locked" errors (the increment was not made and not retried).</param>
public sealed record IncrementRun(int Attempted, long Added, int Conflicts, int LockErrors, TimeSpan Elapsed)
{
    /// <summary>Increments a worker was told succeeded.</summary>
    public int Acknowledged => Attempted - LockErrors;

    /// <summary>Acknowledged increments the counter does not show: another worker's write replaced them.</summary>
    public long LostUpdates => Acknowledged - Added;
}
