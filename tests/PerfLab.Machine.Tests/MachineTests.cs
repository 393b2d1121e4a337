namespace PerfLab.Machine.Tests;

public sealed class MachineTests
{
    [Fact]
    public void Identity_ReadsTheFactsThatTellMachinesAndBootsApart()
    {
        var root = Directory.CreateTempSubdirectory("perflab-machine-").FullName;
        try
        {
            Write(root, "proc/cpuinfo", "processor\t: 0\nmodel name\t: AMD EPYC\ncpu family\t: 26\nmodel\t\t: 2\nstepping\t: 1\n" +
                "microcode\t: 0xb002116\ncache size\t: 1024 KB\nflags\t\t: fpu hypervisor avx2\n\nprocessor\t: 1\nmodel name\t: other\n");
            Write(root, "proc/meminfo", "MemTotal:       24683756 kB\nMemFree:        1 kB\n");
            Write(root, "proc/sys/kernel/osrelease", "6.18.44\n");
            Write(root, "proc/sys/kernel/random/boot_id", "fdd8f546-b9d9\n");
            Write(root, "proc/stat", "cpu  1 2 3\nbtime 1796361484\nprocesses 9\n");
            Write(root, "sys/kernel/mm/transparent_hugepage/enabled", "always [madvise] never\n");
            Write(root, "sys/module/page_reporting/parameters/page_reporting_order", "9\n");
            Write(root, "sys/devices/system/cpu/cpu0/cache/index3/level", "3");
            Write(root, "sys/devices/system/cpu/cpu0/cache/index3/type", "Unified");
            Write(root, "sys/devices/system/cpu/cpu0/cache/index3/size", "32768K");

            var facts = MachineIdentity.Read(Path.Combine(root, "proc"), Path.Combine(root, "sys"));

            if (!OperatingSystem.IsLinux()) return;
            Assert.Equal("AMD EPYC", facts[MachineIdentity.Cpu]);
            Assert.Equal("26", facts[MachineIdentity.CpuFamily]);
            Assert.Equal("2", facts[MachineIdentity.CpuModel]);
            Assert.Equal("1", facts[MachineIdentity.CpuStepping]);
            Assert.Equal("0xb002116", facts[MachineIdentity.Microcode]);
            Assert.Equal("1024 KB", facts[MachineIdentity.CacheL2]);
            Assert.Equal("32768K", facts[MachineIdentity.CacheL3]);
            Assert.Equal("24683756 kB", facts[MachineIdentity.Memory]);
            Assert.Equal("6.18.44", facts[MachineIdentity.Kernel]);
            Assert.Equal("fdd8f546-b9d9", facts[MachineIdentity.BootId]);
            Assert.Equal("2026-12-04T05:18:04Z", facts[MachineIdentity.BootTime]);
            Assert.Equal("yes", facts[MachineIdentity.Hypervisor]);
            Assert.Equal("madvise", facts[MachineIdentity.TransparentHugePages]);
            Assert.Equal("order 9", facts[MachineIdentity.PageReporting]);
            Assert.StartsWith("Workstation", facts[MachineIdentity.Gc]);
            Assert.Equal(MachineIdentity.VectorInstructions(), facts[MachineIdentity.Vectors]);
            Assert.Contains("bit", facts[MachineIdentity.Vectors]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Identity_LeavesOutWhatTheMachineDoesNotExpose()
    {
        var facts = MachineIdentity.Read("/nonexistent-proc", "/nonexistent-sys");

        Assert.False(facts.ContainsKey(MachineIdentity.BootId));
        Assert.True(facts.ContainsKey(MachineIdentity.Gc));
    }

    /// <summary>Each probe measures something real and finite; how fast is for the benchmarks, never a test.</summary>
    [Fact]
    public void Probes_EachGiveAPositiveFiniteValue_AndLeaveNoFileBehind()
    {
        var scratch = Directory.CreateTempSubdirectory("perflab-probe-").FullName;
        try
        {
            var probes = MachineProbes.Measure(scratch);

            Assert.Equal([MachineProbes.CpuLoopNanoseconds, MachineProbes.FsyncMicroseconds, MachineProbes.MemoryCopyGBps, MachineProbes.PageFaultMicroseconds], probes.Keys);
            Assert.All(probes.Values, v => Assert.True(double.IsFinite(v) && v > 0, $"{v}"));
            Assert.Empty(Directory.GetFiles(scratch));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
