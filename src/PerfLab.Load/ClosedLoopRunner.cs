using System.Diagnostics;

namespace PerfLab.Load;

/// <summary>
/// The classic load loop, kept only to show what it gets wrong: each worker issues its next request when its previous
/// one ends and measures latency from the actual start. While the server stalls, the workers wait instead of sending,
/// so the requests that would have queued behind the stall are never sent and their delay is never recorded
/// (coordinated omission). Same bounds and outcomes as <see cref="OpenLoopRunner"/>.
/// </summary>
public sealed class ClosedLoopRunner
{
    /// <summary>A runner for <paramref name="options"/>, checked here.</summary>
    public ClosedLoopRunner(ClosedLoopOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    /// <summary>The run's workers and bounds.</summary>
    public ClosedLoopOptions Options { get; }

    /// <summary>
    /// Runs the load and returns its result; like <see cref="OpenLoopRunner.RunAsync"/>, never throws for what a request
    /// does. A worker whose request timed out moves on, so an operation ignoring its token can outlive its worker's turn.
    /// </summary>
    public async Task<LoadResult> RunAsync(Func<CancellationToken, ValueTask> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var log = new RequestLog(Options.RequestCount);
        var serverBefore = Options.ServerCpuTime?.Invoke();
        var clientBefore = ProcessCpu.Now();
        var t0 = Stopwatch.GetTimestamp();
        var limit = t0 + (long)(Options.TimeLimit.TotalSeconds * Stopwatch.Frequency);
        var next = -1;

        async Task Worker()
        {
            while (Stopwatch.GetTimestamp() < limit)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= Options.RequestCount) return;
                // The mistake on purpose: the request is "due" when the worker gets round to it.
                var start = Stopwatch.GetTimestamp();
                log.Started(index, start, start);
                log.Finished(index, await RequestInvoker.InvokeAsync(operation, Options.RequestTimeout, null).ConfigureAwait(false));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Options.Workers).Select(_ => Task.Run(Worker))).ConfigureAwait(false);
        var clientCpu = ProcessCpu.Now() - clientBefore;
        var serverCpu = Options.ServerCpuTime is { } sampler ? sampler() - serverBefore : null;
        return log.Summarize(LoadModel.ClosedLoop, null, Options.Workers, t0, clientCpu, serverCpu);
    }
}
