namespace PerfLab.Machine;

/// <summary>This process's page faults so far, from <c>/proc/self/stat</c> (Linux; zeros elsewhere).</summary>
public readonly record struct PageFaults(long Minor, long Major)
{
    public static PageFaults OfThisProcess()
    {
        if (!OperatingSystem.IsLinux()) return default;
        return Parse(File.ReadAllText("/proc/self/stat"));
    }

    /// <summary>Fields 10 (minflt) and 12 (majflt) of proc(5)'s stat line; the command name before them may hold spaces.</summary>
    public static PageFaults Parse(string stat) => new(ProcStat.Field(stat, 10), ProcStat.Field(stat, 12));

    public static PageFaults operator -(PageFaults a, PageFaults b) => new(a.Minor - b.Minor, a.Major - b.Major);
}
