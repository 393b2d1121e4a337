using System.Diagnostics;
using PerfLab.Machine;

namespace PerfLab.Load;

/// <summary>CPU time (user and system, all threads) of this process, or of a server's processes, sampled before and after a run.</summary>
public static class ProcessCpu
{
    // The kernel's USER_HZ: /proc's utime and stime count in these, 100 on every Linux ABI .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>This process's CPU time.</summary>
    public static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// The summed CPU time of <paramref name="processes"/>, asked again at every call (a server's worker processes come
    /// and go; one that exited between two samples takes its time with it). A process that is gone counts zero; null
    /// where /proc does not exist.
    /// </summary>
    public static Func<TimeSpan>? Sampler(Func<IEnumerable<int>> processes) =>
        Directory.Exists("/proc") ? () => TimeSpan.FromSeconds(processes().Sum(OfProcess)) : null;

    private static double OfProcess(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return 0;
        }
        // utime and stime.
        return (ProcStat.Field(stat, 14) + ProcStat.Field(stat, 15)) / TicksPerSecond;
    }
}
