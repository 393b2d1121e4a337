using System.Runtime;
using System.Runtime.InteropServices;

namespace PerfLab.Machine;

/// <summary>
/// What identifies the machine a number was measured on and decides how it behaves: two machines of one kind can differ
/// in CPU stepping, microcode, caches, kernel or memory settings, and each boot is a new draw of the host's neighbours.
/// Recorded in every export and in <c>run.json</c>, so a page can say whether two runs shared a machine or a boot.
/// </summary>
public static class MachineIdentity
{
    /// <summary>Names of the facts, as written into exports (a fact the platform does not expose is left out).</summary>
    public const string Cpu = "Cpu", CpuFamily = "CpuFamily", CpuModel = "CpuModel", CpuStepping = "CpuStepping",
        Microcode = "Microcode", CacheL2 = "CacheL2", CacheL3 = "CacheL3", Memory = "Memory", Kernel = "Kernel",
        BootId = "BootId", BootTime = "BootTime", Hypervisor = "Hypervisor", TransparentHugePages = "TransparentHugePages",
        PageReporting = "PageReporting", Gc = "Gc", Cores = "Cores", Vectors = "Vectors";

    /// <summary>The facts of this machine and of this process's GC configuration.</summary>
    public static IReadOnlyDictionary<string, string> Read(string procRoot = "/proc", string sysRoot = "/sys")
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [Cores] = Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [Gc] = GcConfiguration(),
            [Vectors] = VectorInstructions(),
        };
        if (!OperatingSystem.IsLinux())
        {
            facts[Kernel] = RuntimeInformation.OSDescription;
            return facts;
        }

        var cpu = FirstProcessor(Path.Combine(procRoot, "cpuinfo"));
        Copy(cpu, "model name", facts, Cpu);
        Copy(cpu, "cpu family", facts, CpuFamily);
        Copy(cpu, "model", facts, CpuModel);
        Copy(cpu, "stepping", facts, CpuStepping);
        Copy(cpu, "microcode", facts, Microcode);
        // A guest often hides the cache hierarchy from sysfs; cpuinfo's "cache size" is then all there is.
        Copy(cpu, "cache size", facts, CacheL2);
        if (cpu.TryGetValue("flags", out var flags)) facts[Hypervisor] = flags.Split(' ').Contains("hypervisor") ? "yes" : "no";
        foreach (var index in SafeDirectories(Path.Combine(sysRoot, "devices/system/cpu/cpu0/cache")))
        {
            var level = ReadTrimmed(Path.Combine(index, "level"));
            var type = ReadTrimmed(Path.Combine(index, "type"));
            var size = ReadTrimmed(Path.Combine(index, "size"));
            if (size is null || type == "Instruction") continue;
            if (level == "2") facts[CacheL2] = size;
            if (level == "3") facts[CacheL3] = size;
        }
        if (ReadTrimmed(Path.Combine(procRoot, "meminfo"))?.Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) is { } total)
        {
            facts[Memory] = total["MemTotal:".Length..].Trim();
        }
        Put(facts, Kernel, ReadTrimmed(Path.Combine(procRoot, "sys/kernel/osrelease")));
        Put(facts, BootId, ReadTrimmed(Path.Combine(procRoot, "sys/kernel/random/boot_id")));
        // When this boot started: a run that started before it was measured on another boot, even if it recorded no boot id.
        Put(facts, BootTime, BootStartedUtc(procRoot)?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        // "always [madvise] never": the bracketed word is the mode in force.
        if (ReadTrimmed(Path.Combine(sysRoot, "kernel/mm/transparent_hugepage/enabled")) is { } thp
            && thp.IndexOf('[') is var open and >= 0 && thp.IndexOf(']', open) is var close and > 0)
        {
            facts[TransparentHugePages] = thp[(open + 1)..close];
        }
        // Free page reporting hands freed guest memory back to the host, so touching it again costs a host fault.
        Put(facts, PageReporting, ReadTrimmed(Path.Combine(sysRoot, "module/page_reporting/parameters/page_reporting_order")) is { } order ? "order " + order : null);
        return facts;
    }

    /// <summary>The GC flavour of this process: server or workstation, concurrent or not, and any heap settings changed from the defaults.</summary>
    public static string GcConfiguration()
    {
        var parts = new List<string> { GCSettings.IsServerGC ? "Server" : "Workstation" };
        parts.Add(AppContext.GetData("System.GC.Concurrent") is false ? "non-concurrent" : "concurrent");
        foreach (var setting in new[] { "System.GC.RetainVM", "System.GC.ConserveMemory", "System.GC.HeapHardLimit", "System.GC.LOHThreshold" })
        {
            if (AppContext.GetData(setting) is { } value) parts.Add($"{setting["System.GC.".Length..]}={value}");
        }
        foreach (var variable in new[] { "DOTNET_GCgen0size", "DOTNET_GCRegionSize", "DOTNET_GCRetainVM", "DOTNET_GCLOHThreshold", "DOTNET_GCHeapHardLimit", "DOTNET_gcServer", "DOTNET_gcConcurrent", "DOTNET_GCName" })
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value) parts.Add($"{variable}={value}");
        }
        return string.Join(", ", parts);
    }

    /// <summary>
    /// The widest vectors the runtime uses here: "512-bit (AVX-512)", "256-bit (AVX2)" or "128-bit". Libraries that
    /// vectorize (System.Text.Json's reader and writer, UTF-8 validation, span searches) run other code on another width,
    /// so ratios between them and libraries that do not move between such machines.
    /// </summary>
    public static string VectorInstructions() =>
        System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? "512-bit (AVX-512)"
        : System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated ? (System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "256-bit (AVX2)" : "256-bit")
        : System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated ? "128-bit"
        : "none";

    /// <summary>When the running kernel booted (<c>btime</c> in /proc/stat, seconds since the epoch), or null where it is not exposed.</summary>
    public static DateTimeOffset? BootStartedUtc(string procRoot = "/proc")
    {
        var line = (ReadTrimmed(Path.Combine(procRoot, "stat")) ?? "").Split('\n').FirstOrDefault(l => l.StartsWith("btime ", StringComparison.Ordinal));
        return line is not null && long.TryParse(line["btime ".Length..].Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    private static Dictionary<string, string> FirstProcessor(string path)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (ReadTrimmed(path) ?? "").Split('\n'))
        {
            if (line.Length == 0 && facts.Count > 0) break;
            var colon = line.IndexOf(':');
            if (colon > 0) facts.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }
        return facts;
    }

    private static void Copy(Dictionary<string, string> from, string key, IDictionary<string, string> to, string name) => Put(to, name, from.GetValueOrDefault(key));

    private static void Put(IDictionary<string, string> facts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) facts[name] = value;
    }

    private static string? ReadTrimmed(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> SafeDirectories(string path) =>
        Directory.Exists(path) ? Directory.GetDirectories(path, "index*").Order(StringComparer.Ordinal) : [];
}
