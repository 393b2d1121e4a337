using System.Diagnostics;

namespace PerfLab.Load;

/// <summary>Runs one request under its timeout and turns whatever happens into an outcome: it never throws.</summary>
internal static class RequestInvoker
{
    /// <summary>
    /// Invokes <paramref name="operation"/> with a token cancelled after <paramref name="timeout"/>. The outcome is
    /// decided at the timeout even if the operation ignores its token; <paramref name="operationEnded"/> runs when the
    /// operation itself has ended (for such an abandoned one, later), so a concurrency cap stays true.
    /// </summary>
    public static async ValueTask<FinishedRequest> InvokeAsync(Func<CancellationToken, ValueTask> operation, TimeSpan timeout, Action? operationEnded)
    {
        var timer = new CancellationTokenSource(timeout);
        ValueTask pending;
        try
        {
            pending = operation(timer.Token);
        }
        catch (Exception e)
        {
            return Ended(Failed(e, timer), timer, operationEnded);
        }

        // A synchronous completion (a cached value, a refused argument) needs no task and no wait; it could not be
        // interrupted, so it counts as what it returned even if it took longer than the timeout.
        if (pending.IsCompleted)
        {
            try
            {
                pending.GetAwaiter().GetResult();
                return Ended(new(RequestOutcome.Completed, null, Stopwatch.GetTimestamp()), timer, operationEnded);
            }
            catch (Exception e)
            {
                return Ended(Failed(e, timer), timer, operationEnded);
            }
        }

        var task = pending.AsTask();
        try
        {
            // Also ends at the timeout when the operation ignores its token.
            await task.WaitAsync(timer.Token).ConfigureAwait(false);
        }
        catch
        {
            // Classified below from the task itself.
        }
        var end = Stopwatch.GetTimestamp();
        var timedOut = timer.IsCancellationRequested;
        FinishedRequest finished;
        if (task.IsCompletedSuccessfully) finished = new(RequestOutcome.Completed, null, end);
        else if (task.IsFaulted) finished = Failed(task.Exception!.InnerException ?? task.Exception, timedOut, end);
        else if (timedOut) finished = new(RequestOutcome.Timeout, null, end);
        else finished = new(RequestOutcome.Error, nameof(TaskCanceledException), end);

        if (task.IsCompleted) return Ended(finished, timer, operationEnded);
        // Abandoned: it keeps its slot (and its token's source) until it really ends.
        _ = task.ContinueWith(static (_, state) =>
        {
            var (source, ended) = ((CancellationTokenSource, Action?))state!;
            source.Dispose();
            ended?.Invoke();
        }, (timer, operationEnded), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return finished;
    }

    private static FinishedRequest Ended(FinishedRequest finished, CancellationTokenSource timer, Action? operationEnded)
    {
        timer.Dispose();
        operationEnded?.Invoke();
        return finished;
    }

    private static FinishedRequest Failed(Exception e, CancellationTokenSource timer) =>
        Failed(e, timer.IsCancellationRequested, Stopwatch.GetTimestamp());

    // A cancellation caused by our own timer is a timeout; any other exception (a foreign cancellation too) is an error.
    private static FinishedRequest Failed(Exception e, bool timedOut, long end) => e is OperationCanceledException && timedOut
        ? new(RequestOutcome.Timeout, null, end)
        : new(RequestOutcome.Error, e.GetType().Name, end);
}
