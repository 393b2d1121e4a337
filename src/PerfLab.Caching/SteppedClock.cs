namespace PerfLab.Caching;

/// <summary>
/// A simulated clock that moves only when told, cheap enough to advance before every read of a benchmark loop
/// (FakeTimeProvider takes a lock and checks its timers on every advance). Single-threaded use only.
/// </summary>
public sealed class SteppedClock : TimeProvider
{
    private static readonly DateTimeOffset Origin = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private long _ticks;

    public override DateTimeOffset GetUtcNow() => Origin.AddTicks(_ticks);

    public void Advance(long ticks) => _ticks += ticks;
}
