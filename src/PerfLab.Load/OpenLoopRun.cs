using System.Diagnostics;

namespace PerfLab.Load;

/// <summary>
/// One open-loop run: a dedicated scheduling thread dispatches request i at its intended time t0 + i / rate to the
/// thread pool (or, when it is late, at once: catch-up), and each request's latency is measured from that intended
/// time, so a stall, a full concurrency cap or a late scheduler counts against every request it delays.
/// </summary>
internal sealed class OpenLoopRun
{
    private readonly OpenLoopOptions options;
    private readonly Func<CancellationToken, ValueTask> operation;
    private readonly SemaphoreSlim slots;
    private readonly Action releaseSlot;
    private readonly TaskCompletionSource allFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Starts at one for the scheduler itself, so the run cannot look finished before the last request is dispatched.
    private int unfinished = 1;

    public OpenLoopRun(OpenLoopOptions options, Func<CancellationToken, ValueTask> operation)
    {
        this.options = options;
        this.operation = operation;
        slots = new SemaphoreSlim(options.MaxOutstanding, options.MaxOutstanding);
        releaseSlot = () => slots.Release();
        Log = new RequestLog(options.RequestCount);
    }

    public RequestLog Log { get; }

    /// <summary>The first request's intended start: the run's time zero.</summary>
    public long FirstDue { get; private set; }

    /// <summary>Completes when every dispatched request has an outcome.</summary>
    public Task Finished => allFinished.Task;

    /// <summary>What stopped the scheduling thread, if anything did (rethrown by the runner: a thread must not die of it).</summary>
    public Exception? SchedulerFailure { get; private set; }

    /// <summary>The scheduling thread's body.</summary>
    public void Schedule()
    {
        try
        {
            PreciseSleep.PrepareThread();
            var t0 = Stopwatch.GetTimestamp();
            FirstDue = t0;
            var ticksPerRequest = Stopwatch.Frequency / options.RequestsPerSecond;
            var limit = t0 + (long)(options.TimeLimit.TotalSeconds * Stopwatch.Frequency);
            for (var i = 0; i < options.RequestCount; i++)
            {
                // From t0 each time, not by adding intervals: rounding cannot accumulate into a rate error.
                var due = t0 + (long)(i * ticksPerRequest);
                if (due >= limit) break;
                PreciseSleep.Until(due);
                if (!slots.Wait(0) && !WaitForSlot(limit)) break;
                Interlocked.Increment(ref unfinished);
                ThreadPool.UnsafeQueueUserWorkItem(static s => _ = s.Run.ExecuteAsync(s.Index, s.Due), (Run: this, Index: i, Due: due), preferLocal: false);
            }
        }
        catch (Exception e)
        {
            SchedulerFailure = e;
        }
        finally
        {
            OneFinished();
        }
    }

    // The cap is full: wait for a slot, but no request starts after the time limit.
    private bool WaitForSlot(long limit)
    {
        var left = limit - Stopwatch.GetTimestamp();
        if (left <= 0) return false;
        return slots.Wait(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency));
    }

    private async Task ExecuteAsync(int index, long due)
    {
        Log.Started(index, due, Stopwatch.GetTimestamp());
        var finished = await RequestInvoker.InvokeAsync(operation, options.RequestTimeout, releaseSlot).ConfigureAwait(false);
        Log.Finished(index, finished);
        OneFinished();
    }

    private void OneFinished()
    {
        if (Interlocked.Decrement(ref unfinished) == 0) allFinished.TrySetResult();
    }
}
