using System.Diagnostics;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// Counts the commands Npgsql executes while an action runs, through the activities it emits on its
/// <see cref="ActivitySource"/> ("Npgsql", one per command or batch execution, only while someone listens): the
/// round trips a technique makes per operation. A batch is one execution, so it counts once; so is a binary COPY.
/// Transaction control emits none: BEGIN travels with the first command, but a transaction's COMMIT is one more round
/// trip this count leaves out (the same one for every write technique). Counting only, outside any timed region: the
/// listener itself costs time.
/// </summary>
public static class PostgresRoundTrips
{
    public const string SourceName = "Npgsql";

    public static int Count(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var count = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = _ => Interlocked.Increment(ref count),
        };
        ActivitySource.AddActivityListener(listener);
        action();
        return Volatile.Read(ref count);
    }
}
