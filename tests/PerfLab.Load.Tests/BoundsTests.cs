namespace PerfLab.Load.Tests;

/// <summary>Every run stops at its request count or its time limit, whichever comes first, and counts what it did not start.</summary>
public sealed class BoundsTests
{
    private static readonly Func<CancellationToken, ValueTask> Instant = _ => ValueTask.CompletedTask;

    [Fact]
    public async Task OpenLoop_StopsAtItsRequestCount_WhenThatComesFirst()
    {
        var result = await new OpenLoopRunner(new OpenLoopOptions
        {
            RequestsPerSecond = 1000, RequestCount = 50, TimeLimit = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromSeconds(1),
        }).RunAsync(Instant);

        Assert.Equal(50, result.Requested);
        Assert.Equal(50, result.Completed);
        Assert.Equal(0, result.NotStarted);
        // 50 requests 1 ms apart: nowhere near the 10 s limit.
        Assert.True(result.WallTime < TimeSpan.FromSeconds(5), $"{result.WallTime}");
    }

    [Fact]
    public async Task OpenLoop_StopsAtItsTimeLimit_WhenThatComesFirst_CountingTheRestAsNotStarted()
    {
        var result = await new OpenLoopRunner(new OpenLoopOptions
        {
            RequestsPerSecond = 100, RequestCount = 1000, TimeLimit = TimeSpan.FromMilliseconds(300), RequestTimeout = TimeSpan.FromSeconds(1),
        }).RunAsync(Instant);

        // Requests 0..29 are due before 300 ms (i / 100 s < 0.3 s), however late the scheduler ran.
        Assert.Equal(30, result.Completed);
        Assert.Equal(970, result.NotStarted);
        Assert.Equal(1000, result.Completed + result.Errors + result.Timeouts + result.NotStarted);
    }

    [Fact]
    public async Task OpenLoop_RequestsHeldByTheCapPastTheTimeLimit_AreNotStarted()
    {
        // One slot, taken by request 0 until its 1 s timeout: every later request waits for the slot until the 300 ms
        // limit passes, so none of them starts (with timings that cannot race: the slot frees only after the limit).
        var result = await new OpenLoopRunner(new OpenLoopOptions
        {
            RequestsPerSecond = 100, RequestCount = 100, TimeLimit = TimeSpan.FromMilliseconds(300), RequestTimeout = TimeSpan.FromSeconds(1),
            MaxOutstanding = 1,
        }).RunAsync(ct => new ValueTask(Task.Delay(Timeout.Infinite, ct)));

        Assert.Equal(1, result.Timeouts);
        Assert.Equal(99, result.NotStarted);
        Assert.Equal(0, result.Completed + result.Errors);
    }

    [Fact]
    public async Task ClosedLoop_StopsAtItsRequestCount_OrAtItsTimeLimit()
    {
        var byCount = await new ClosedLoopRunner(new ClosedLoopOptions
        {
            Workers = 2, RequestCount = 50, TimeLimit = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromSeconds(1),
        }).RunAsync(Instant);
        Assert.Equal(50, byCount.Completed);
        Assert.Equal(0, byCount.NotStarted);
        Assert.Equal(2, byCount.Workers);
        Assert.Null(byCount.OfferedRate);

        // 20 ms per request, one worker, 200 ms: about ten requests start, never all thousand.
        var byTime = await new ClosedLoopRunner(new ClosedLoopOptions
        {
            Workers = 1, RequestCount = 1000, TimeLimit = TimeSpan.FromMilliseconds(200), RequestTimeout = TimeSpan.FromSeconds(1),
        }).RunAsync(ct => new ValueTask(Task.Delay(20, ct)));
        Assert.InRange(byTime.Completed, 1, 11);
        Assert.Equal(1000, byTime.Completed + byTime.NotStarted);
    }

    [Fact]
    public void UnboundedOrNonsenseOptions_AreRefused()
    {
        OpenLoopOptions Open(double rate = 100, int count = 10, int limitMs = 1000, int timeoutMs = 1000, int cap = 8) => new()
        {
            RequestsPerSecond = rate, RequestCount = count, TimeLimit = TimeSpan.FromMilliseconds(limitMs),
            RequestTimeout = TimeSpan.FromMilliseconds(timeoutMs), MaxOutstanding = cap,
        };
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenLoopRunner(Open(rate: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenLoopRunner(Open(rate: double.PositiveInfinity)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenLoopRunner(Open(count: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenLoopRunner(Open(limitMs: -1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenLoopRunner(Open(timeoutMs: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenLoopRunner(Open(cap: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClosedLoopRunner(new ClosedLoopOptions
        {
            Workers = 0, RequestCount = 10, TimeLimit = TimeSpan.FromSeconds(1), RequestTimeout = TimeSpan.FromSeconds(1),
        }));
    }
}
