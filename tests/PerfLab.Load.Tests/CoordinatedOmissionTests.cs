using Xunit.Abstractions;

namespace PerfLab.Load.Tests;

/// <summary>The demonstration: one 100 ms stall, seen by the open loop's p99 and hidden by the closed loop's.</summary>
public sealed class CoordinatedOmissionTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Service = TimeSpan.FromMilliseconds(1), Stall = TimeSpan.FromMilliseconds(100);
    // 2.5 ms apart: the stall delays about 40 requests, 20 of them by 50 ms or more (2.5% of the run), so the open loop's
    // p99 lands inside the stall; the closed loop would need 8 slow requests of 800 to move its p99, and the stall is one.
    private const int Requests = 800, StallAt = 200;
    private const double Rate = 400;
    private const long Ms = 1_000_000;
    // "Shows the stall": a p99 of at least half of it. "Hides it": a p99 under a quarter of it, which is still near the
    // 1 ms service time next to the stall (on this shared 2-core machine a preempted 1 ms spin can take several ms).
    private const long Shown = 50 * Ms, Hidden = 25 * Ms;

    [Fact]
    public async Task OpenLoopP99ShowsTheStall_ClosedLoopP99OfTheSameRequestsHidesIt()
    {
        var openServer = new SyntheticServer(Service, StallAt, Stall);
        var open = await new OpenLoopRunner(new OpenLoopOptions
        {
            RequestsPerSecond = Rate, RequestCount = Requests, TimeLimit = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromSeconds(5),
        }).RunAsync(openServer.HandleAsync);

        // The closed loop hides the one stall unless the shared machine adds stalls of its own (in CI, beside the other
        // test assemblies): up to three runs, every one logged, until one shows what the loop itself does.
        LoadResult closed = null!;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var closedServer = new SyntheticServer(Service, StallAt, Stall);
            closed = await new ClosedLoopRunner(new ClosedLoopOptions
            {
                Workers = 1, RequestCount = Requests, TimeLimit = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromSeconds(5),
            }).RunAsync(closedServer.HandleAsync);
            output.WriteLine($"closed loop, attempt {attempt}: {Describe(closed.Latency)}");
            if (closed.Latency.P99Ns < Hidden) break;
        }

        output.WriteLine($"open loop:   {Describe(open.Latency)}; achieved {open.AchievedRate:F1}/s of {Rate}/s");
        output.WriteLine($"closed loop: {Describe(closed.Latency)}; achieved {closed.AchievedRate:F1}/s");
        Assert.Equal(Requests, open.Completed);
        Assert.Equal(Requests, closed.Completed);
        // Both runs met the stall (each max is at least 100 ms)...
        Assert.True(open.Latency.MaxNs >= 100 * Ms, Describe(open.Latency));
        Assert.True(closed.Latency.MaxNs >= 100 * Ms, Describe(closed.Latency));
        // ...but only the open loop's p99 shows it: the closed loop recorded one slow request where forty were delayed.
        Assert.True(open.Latency.P99Ns >= Shown, $"open-loop p99 should show the stall: {Describe(open.Latency)}");
        Assert.True(closed.Latency.P99Ns < Hidden, $"closed-loop p99 should stay near the 1 ms service time: {Describe(closed.Latency)}");
    }

    [Fact]
    public async Task RequestsHeldByTheConcurrencyCap_CountTheirWaitFromTheirIntendedStart()
    {
        // With one request outstanding at most, those due during the stall wait in the client, not in the server:
        // their service time is the plain 1 ms, their latency from the intended start includes the stall.
        var server = new SyntheticServer(Service, StallAt, Stall);
        var result = await new OpenLoopRunner(new OpenLoopOptions
        {
            RequestsPerSecond = Rate, RequestCount = Requests, TimeLimit = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromSeconds(5),
            MaxOutstanding = 1,
        }).RunAsync(server.HandleAsync);

        output.WriteLine($"latency: {Describe(result.Latency)}; service time: {Describe(result.ServiceTime)}; start delay: {Describe(result.StartDelay)}");
        Assert.Equal(Requests, result.Completed);
        Assert.True(result.Latency.P99Ns >= Shown, Describe(result.Latency));
        Assert.True(result.ServiceTime.P99Ns < Hidden, Describe(result.ServiceTime));
        Assert.True(result.StartDelay.P99Ns >= Shown, Describe(result.StartDelay));
    }

    internal static string Describe(LatencySummary s) =>
        $"n={s.Count} p50={LatencySummary.Milliseconds(s.P50Ns):F3} p90={LatencySummary.Milliseconds(s.P90Ns):F3} " +
        $"p99={LatencySummary.Milliseconds(s.P99Ns):F3} p99.9={LatencySummary.Milliseconds(s.P999Ns):F3} max={LatencySummary.Milliseconds(s.MaxNs):F3} ms";
}
