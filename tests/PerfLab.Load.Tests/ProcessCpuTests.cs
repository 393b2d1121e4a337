namespace PerfLab.Load.Tests;

public sealed class ProcessCpuTests
{
    [Fact]
    public void Sampler_SumsTheNamedProcessesCpu_AndCountsAGoneProcessAsZero()
    {
        if (!Directory.Exists("/proc")) return;
        var self = Environment.ProcessId;
        var sampler = ProcessCpu.Sampler(() => [self, int.MaxValue])!;
        var before = sampler();
        SyntheticServer.SpinUntil(System.Diagnostics.Stopwatch.GetTimestamp(), TimeSpan.FromMilliseconds(200));
        var spent = sampler() - before;
        // /proc counts in 10 ms ticks; the spin alone is 200 ms of this process's CPU.
        Assert.InRange(spent.TotalMilliseconds, 150, 5000);
    }
}
