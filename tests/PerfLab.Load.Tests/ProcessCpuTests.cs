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
        // Spin until this process has used 200 ms of CPU by the runtime's own count, not for 200 ms of wall time: on a
        // loaded machine (CI runs test projects side by side on two cores) the spinning thread gets only part of a CPU.
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var deadline = System.Diagnostics.Stopwatch.GetTimestamp() + System.Diagnostics.Stopwatch.Frequency * 20;
        while (Used(process, cpuBefore) < TimeSpan.FromMilliseconds(200) && System.Diagnostics.Stopwatch.GetTimestamp() < deadline)
            SyntheticServer.SpinUntil(System.Diagnostics.Stopwatch.GetTimestamp(), TimeSpan.FromMilliseconds(10));
        var spent = sampler() - before;
        // /proc counts in 10 ms ticks; the spin alone is 200 ms of this process's CPU (other test threads may add to it).
        Assert.InRange(spent.TotalMilliseconds, 150, 10000);
    }

    private static TimeSpan Used(System.Diagnostics.Process process, TimeSpan since)
    {
        process.Refresh();
        return process.TotalProcessorTime - since;
    }
}
