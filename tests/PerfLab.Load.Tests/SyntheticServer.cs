using System.Diagnostics;

namespace PerfLab.Load.Tests;

/// <summary>
/// An in-process stand-in for a single-threaded server (Redis-like): one request at a time, each taking a known service
/// time spun on the CPU (no timer, so exactly that long), except one request that stalls the server.
/// </summary>
internal sealed class SyntheticServer(TimeSpan serviceTime, int stallAtCall = 0, TimeSpan stall = default)
{
    private readonly SemaphoreSlim one = new(1, 1);
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public async ValueTask HandleAsync(CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref calls);
        await one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (call == stallAtCall)
            {
                var started = Stopwatch.GetTimestamp();
                await Task.Delay(stall, CancellationToken.None).ConfigureAwait(false);
                SpinUntil(started, stall); // a timer may wake a little early on some platforms: the stall is at least this long
            }
            else
            {
                SpinUntil(Stopwatch.GetTimestamp(), serviceTime);
            }
        }
        finally
        {
            one.Release();
        }
    }

    public static void SpinUntil(long started, TimeSpan duration)
    {
        while (Stopwatch.GetElapsedTime(started) < duration) Thread.SpinWait(10);
    }
}
