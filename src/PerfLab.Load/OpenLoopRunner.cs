namespace PerfLab.Load;

/// <summary>
/// Offers load at a fixed rate, whatever the server does: request i is due at i / rate after the start, and its latency
/// is its completion minus that intended start. A stall therefore counts against every request it delays, which a
/// closed loop hides (coordinated omission; see <see cref="ClosedLoopRunner"/>). Bounded by a request count and a time
/// limit, each request by a timeout and the outstanding ones by a cap. Aim it at loopback only (<see cref="Loopback"/>).
/// </summary>
public sealed class OpenLoopRunner
{
    /// <summary>A runner for <paramref name="options"/>, checked here (bounds positive and finite).</summary>
    public OpenLoopRunner(OpenLoopOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    /// <summary>The run's rate and bounds.</summary>
    public OpenLoopOptions Options { get; }

    /// <summary>
    /// Runs the load and returns its result. Never throws for what a request does: exceptions are errors and expired
    /// timeouts are timeouts in the result. Returns once every started request has an outcome, which is at most the time
    /// limit plus one request timeout after the start; an operation that ignores its token may still be running then.
    /// </summary>
    public async Task<LoadResult> RunAsync(Func<CancellationToken, ValueTask> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var run = new OpenLoopRun(Options, operation);
        var serverBefore = Options.ServerCpuTime?.Invoke();
        var clientBefore = ProcessCpu.Now();
        // A thread of its own: timer or thread-pool scheduling would be late by milliseconds, and late in a burst.
        var scheduler = new Thread(run.Schedule) { IsBackground = true, Name = "PerfLab.Load open-loop scheduler" };
        scheduler.Start();
        await run.Finished.ConfigureAwait(false);
        scheduler.Join();
        if (run.SchedulerFailure is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        var clientCpu = ProcessCpu.Now() - clientBefore;
        var serverCpu = Options.ServerCpuTime is { } sampler ? sampler() - serverBefore : null;
        return run.Log.Summarize(LoadModel.OpenLoop, Options.RequestsPerSecond, null, run.FirstDue, clientCpu, serverCpu);
    }
}
