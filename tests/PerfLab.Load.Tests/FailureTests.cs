using System.Net;
using System.Net.Sockets;

namespace PerfLab.Load.Tests;

/// <summary>A failing request is an outcome in the result, never a crash of the run.</summary>
public sealed class FailureTests
{
    private static OpenLoopOptions Options(int requests, TimeSpan timeout) => new()
    {
        RequestsPerSecond = 200, RequestCount = requests, TimeLimit = TimeSpan.FromSeconds(10), RequestTimeout = timeout,
    };

    private static int ReleasedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static Func<CancellationToken, ValueTask> ConnectTo(IPEndPoint target) => async cancellationToken =>
    {
        using var client = new TcpClient();
        await client.ConnectAsync(target, cancellationToken);
    };

    [Fact]
    public async Task ARefusedConnection_IsAnErrorByType_InBothRunners()
    {
        var target = (IPEndPoint)Loopback.Require(new IPEndPoint(IPAddress.Loopback, ReleasedLoopbackPort()));

        var open = await new OpenLoopRunner(Options(20, TimeSpan.FromSeconds(2))).RunAsync(ConnectTo(target));
        var closed = await new ClosedLoopRunner(new ClosedLoopOptions
        {
            Workers = 2, RequestCount = 20, TimeLimit = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromSeconds(2),
        }).RunAsync(ConnectTo(target));

        foreach (var result in new[] { open, closed })
        {
            Assert.Equal(20, result.Errors);
            Assert.Equal(20, result.ErrorsByType[nameof(SocketException)]);
            Assert.Equal(0, result.Completed + result.Timeouts + result.NotStarted);
            Assert.Equal(0, result.Latency.Count);
            Assert.Equal(0, result.AchievedRate);
        }
    }

    [Fact]
    public async Task AnOperationPastItsTimeout_IsATimeout_WhetherItHonoursItsTokenOrNot()
    {
        var timeout = TimeSpan.FromMilliseconds(50);
        var honouring = await new OpenLoopRunner(Options(10, timeout)).RunAsync(ct => new ValueTask(Task.Delay(Timeout.Infinite, ct)));
        Assert.Equal(10, honouring.Timeouts);
        Assert.Equal(0, honouring.Completed + honouring.Errors + honouring.NotStarted);

        // One that ignores its token is abandoned at the timeout: the run still ends, with the outcome decided.
        var ended = 0;
        var ignoring = await new OpenLoopRunner(Options(10, timeout)).RunAsync(async _ =>
        {
            await Task.Delay(1000);
            Interlocked.Increment(ref ended);
        });
        Assert.Equal(10, ignoring.Timeouts);
        Assert.Equal(0, ignoring.Completed + ignoring.Errors + ignoring.NotStarted);
        Assert.True(Volatile.Read(ref ended) < 10, "the run waited for the abandoned operations");
    }

    [Fact]
    public async Task FaultsAtOnceOrAfterAnAwait_AreCountedByType_BesideTheCompletedRequests()
    {
        var calls = 0;
        var result = await new OpenLoopRunner(Options(30, TimeSpan.FromSeconds(2))).RunAsync(async _ =>
        {
            var call = Interlocked.Increment(ref calls);
            if (call % 3 == 0) throw new InvalidOperationException("faulted at once");
            await Task.Yield();
            if (call % 3 == 1) throw new IOException("faulted after an await");
        });

        Assert.Equal(10, result.Completed);
        Assert.Equal(20, result.Errors);
        Assert.Equal(10, result.ErrorsByType[nameof(InvalidOperationException)]);
        Assert.Equal(10, result.ErrorsByType[nameof(IOException)]);
        Assert.Equal(10, result.Latency.Count);
    }

    [Fact]
    public async Task AnOperationThrowingBeforeReturningItsTask_IsAnError()
    {
        var result = await new OpenLoopRunner(Options(5, TimeSpan.FromSeconds(2)))
            .RunAsync(_ => throw new ArgumentException("refused before any await"));
        Assert.Equal(5, result.ErrorsByType[nameof(ArgumentException)]);
    }
}
