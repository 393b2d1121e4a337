using Xunit.Abstractions;

namespace PerfLab.Load.Tests;

/// <summary>Below capacity the runner delivers the rate it offers.</summary>
public sealed class OfferedRateTests(ITestOutputHelper output)
{
    // Three seconds each, so 1% is 30 ms: the last requests may finish that late before the rate misses.
    [Theory]
    [InlineData(500, 1500, 100)] // 2 ms apart, a 0.1 ms operation: 5% of a core
    [InlineData(2000, 6000, 5)]  // 0.5 ms apart, below Thread.Sleep's and Task.Delay's millisecond granularity
    public async Task BelowCapacity_TheAchievedRateIsWithinOnePercentOfTheOfferedOne(double rate, int requests, int workMicroseconds)
    {
        var work = TimeSpan.FromMicroseconds(workMicroseconds);
        // The machine is shared (in CI, with the other test assemblies): a stall from outside near the end of a run
        // delays its last completion by more than 1%. What is proven is that the runner delivers the rate when nothing
        // else interferes, so a run is repeated, up to three in all, until one does; every attempt is logged.
        LoadResult result = null!;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var serverCpu = TimeSpan.Zero;
            result = await new OpenLoopRunner(new OpenLoopOptions
            {
                RequestsPerSecond = rate, RequestCount = requests, TimeLimit = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromSeconds(5),
                ServerCpuTime = () => serverCpu += TimeSpan.FromSeconds(1), // a sampler that advances a second per call
            }).RunAsync(_ =>
            {
                SyntheticServer.SpinUntil(System.Diagnostics.Stopwatch.GetTimestamp(), work);
                return ValueTask.CompletedTask;
            });

            output.WriteLine($"attempt {attempt}: offered {rate}/s, achieved {result.AchievedRate:F2}/s over {result.WallTime.TotalSeconds:F4} s; " +
                $"latency {CoordinatedOmissionTests.Describe(result.Latency)}; start delay {CoordinatedOmissionTests.Describe(result.StartDelay)}; " +
                $"client CPU {result.ClientCpuTime.TotalMilliseconds:F0} ms");
            if (Math.Abs(result.AchievedRate / rate - 1) <= 0.01) break;
        }
        Assert.Equal(requests, result.Completed);
        Assert.Equal(0, result.Errors + result.Timeouts + result.NotStarted);
        Assert.InRange(result.AchievedRate / rate, 0.99, 1.01);
        Assert.Equal(rate, result.OfferedRate);
        // The operation's spinning alone is requests × its work of this process's CPU (the scheduler's adds to it).
        Assert.True(result.ClientCpuTime >= work * requests * 0.9, $"{result.ClientCpuTime}");
        Assert.Equal(TimeSpan.FromSeconds(1), result.ServerCpuTime);
    }
}
