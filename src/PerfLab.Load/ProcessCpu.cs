using System.Diagnostics;

namespace PerfLab.Load;

/// <summary>This process's CPU time (user and system, all threads), sampled before and after a run.</summary>
internal static class ProcessCpu
{
    public static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
