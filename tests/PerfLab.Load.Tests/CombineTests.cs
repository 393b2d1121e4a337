namespace PerfLab.Load.Tests;

/// <summary>Runs of one load merge into one result: every request counted once, percentiles over all of them.</summary>
public sealed class CombineTests
{
    [Fact]
    public async Task Combine_SumsCounts_AndMergesTheDistributions()
    {
        var fast = await Run(TimeSpan.FromMicroseconds(50), 200);
        var slowServer = new SyntheticServer(TimeSpan.FromMicroseconds(50), stallAtCall: 10, stall: TimeSpan.FromMilliseconds(40));
        var stalled = await Run(slowServer, 200);

        var both = LoadResult.Combine([fast, stalled]);

        Assert.Equal(fast.Requested + stalled.Requested, both.Requested);
        Assert.Equal(fast.Completed + stalled.Completed, both.Completed);
        Assert.Equal(fast.Latency.Count + stalled.Latency.Count, both.Latency.Count);
        Assert.Equal(Math.Max(fast.Latency.MaxNs, stalled.Latency.MaxNs), both.Latency.MaxNs);
        Assert.Equal(fast.WallTime + stalled.WallTime, both.WallTime);
        // Half the requests never saw the stall: the merged median lies between the two runs' medians, inclusive.
        Assert.InRange(both.Latency.P50Ns, Math.Min(fast.Latency.P50Ns, stalled.Latency.P50Ns), Math.Max(fast.Latency.P50Ns, stalled.Latency.P50Ns));
        Assert.Equal(fast.OfferedRate, both.OfferedRate);
    }

    [Fact]
    public async Task Combine_RefusesRunsOfDifferentLoads()
    {
        var one = await Run(TimeSpan.FromMicroseconds(10), 20, rate: 1000);
        var other = await Run(TimeSpan.FromMicroseconds(10), 20, rate: 2000);
        Assert.Throws<ArgumentException>(() => LoadResult.Combine([one, other]));
        Assert.Throws<ArgumentOutOfRangeException>(() => LoadResult.Combine([]));
    }

    internal static Task<LoadResult> Run(TimeSpan work, int requests, double rate = 2000) =>
        Run(new SyntheticServer(work), requests, rate);

    private static Task<LoadResult> Run(SyntheticServer server, int requests, double rate = 2000) =>
        new OpenLoopRunner(new OpenLoopOptions
        {
            RequestsPerSecond = rate, RequestCount = requests, TimeLimit = TimeSpan.FromSeconds(5), RequestTimeout = TimeSpan.FromSeconds(2),
        }).RunAsync(server.HandleAsync);
}
