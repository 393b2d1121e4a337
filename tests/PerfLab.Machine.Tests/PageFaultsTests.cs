namespace PerfLab.Machine.Tests;

public sealed class PageFaultsTests
{
    [Fact]
    public void Parse_ReadsMinorAndMajorFaults_WhenTheCommandNameHoldsSpacesAndParentheses()
    {
        // proc(5): pid (comm) state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt ...
        const string stat = "4242 (dotnet (x) y) R 1 4242 4242 0 -1 4194560 358123 7 12 0 100 20 0 0 20 0 9 0";

        var faults = PageFaults.Parse(stat);

        Assert.Equal(new PageFaults(358123, 12), faults);
    }

    [LinuxFact]
    public void OfThisProcess_CountsTheFaultsOfTouchingFreshMemory()
    {
        var before = PageFaults.OfThisProcess();
        var memory = new byte[16 << 20];
        for (var i = 0; i < memory.Length; i += 4096) memory[i] = 1;
        var taken = PageFaults.OfThisProcess() - before;

        GC.KeepAlive(memory);
        Assert.True(taken.Minor > 0, $"{taken}");
    }
}

/// <summary>A fact about what Linux exposes in /proc and /sys: skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "reads /proc and /sys: Linux only";
    }
}
