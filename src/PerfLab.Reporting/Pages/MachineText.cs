using System.Globalization;
using PerfLab.Machine;

namespace PerfLab.Reporting.Pages;

/// <summary>How two runs' machines relate, from their recorded identity (<see cref="LabInfo.Machine"/>).</summary>
public enum MachinePairKind
{
    /// <summary>A run records no machine identity (every run before the lab recorded it).</summary>
    Unknown,

    /// <summary>Both runs on one boot of one machine (equal boot ids).</summary>
    SameBoot,

    /// <summary>Other boots (or boot ids not recorded) of the same CPU model, family and microcode: perhaps another VM of the same kind.</summary>
    SameKindOtherBoot,

    /// <summary>The CPU model, family or microcode differ.</summary>
    DifferentMachine,

    /// <summary>
    /// The earlier run records no machine, but it started before the later run's machine booted: another boot for certain,
    /// of the same machine or not.
    /// </summary>
    OtherBoot,
}

/// <summary>
/// The machine a run was measured on as the pages show it: its identity on one line and its probes (median over the
/// run's rounds, with their range), from the lab's <c>PerfLab.Machine</c> and <c>PerfLab.Probes</c>; and how the
/// machines of a published run and its reproducibility run relate.
/// </summary>
public static class MachineText
{
    /// <summary>Whether any export records the machine or its probes (older exports do not: then nothing is shown).</summary>
    public static bool Recorded(IEnumerable<BenchmarkExport> exports) => exports.Any(e => e.Lab?.Machine is { Count: > 0 } || e.Lab?.Probes is { Count: > 0 });

    /// <summary>
    /// The identity in one line: "Intel Xeon … (family 6, model 85, stepping 7, microcode 0x5003604); L2 1 MiB, L3 32 MiB;
    /// memory 8 GiB; kernel 6.8.0; hypervisor KVM; transparent huge pages madvise; GC Workstation, concurrent; boot 1f0c…";
    /// a key with several values over the run is written with all of them ("a / b"); null when none is recorded.
    /// </summary>
    public static string? Identity(SuiteRun run)
    {
        var machines = run.Exports.Select(e => e.Lab?.Machine).OfType<IReadOnlyDictionary<string, string>>().ToArray();
        if (machines.Length == 0) return null;
        string? Value(string key) =>
            string.Join(" / ", machines.Select(m => m.GetValueOrDefault(key)).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) is { Length: > 0 } joined
                ? joined
                : null;
        string? Labelled(string label, string key) => Value(key) is { } v ? $"{label} {v}" : null;
        static string? Join(string separator, params string?[] parts) =>
            parts.Where(p => p is not null).ToArray() is { Length: > 0 } present ? string.Join(separator, present) : null;

        // The facts labelled below; any other is listed after them under its own name.
        string[] keys = [MachineIdentity.Cpu, MachineIdentity.CpuFamily, MachineIdentity.CpuModel, MachineIdentity.CpuStepping, MachineIdentity.Microcode,
            MachineIdentity.CacheL2, MachineIdentity.CacheL3, MachineIdentity.Memory, MachineIdentity.Kernel, MachineIdentity.Hypervisor,
            MachineIdentity.TransparentHugePages, MachineIdentity.Gc, MachineIdentity.BootId, MachineIdentity.BootTime, MachineIdentity.Vectors];
        var cpuDetails = Join(", ", Labelled("family", MachineIdentity.CpuFamily), Labelled("model", MachineIdentity.CpuModel),
            Labelled("stepping", MachineIdentity.CpuStepping), Labelled("microcode", MachineIdentity.Microcode));
        var cpu = Join(" ", Value(MachineIdentity.Cpu) ?? (cpuDetails is null ? null : "CPU"), cpuDetails is null ? null : $"({cpuDetails})");
        var others = machines.SelectMany(m => m.Keys).Where(k => !keys.Contains(k, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(k => Labelled(k, k)).ToArray();
        return Join("; ",
            [
                cpu,
                Join(", ", Labelled("L2", MachineIdentity.CacheL2), Labelled("L3", MachineIdentity.CacheL3)),
                Labelled("memory", MachineIdentity.Memory),
                Labelled("kernel", MachineIdentity.Kernel),
                Labelled("vectors", MachineIdentity.Vectors),
                Labelled("hypervisor", MachineIdentity.Hypervisor),
                Labelled("transparent huge pages", MachineIdentity.TransparentHugePages),
                Labelled("GC", MachineIdentity.Gc),
                Labelled("boot", MachineIdentity.BootId),
                Labelled("booted", MachineIdentity.BootTime),
                .. others,
            ]);
    }

    /// <summary>
    /// The probes, each the median over the run's rounds with their range: "CPU loop 12.31 ms [12.20–12.50 ms]; memory
    /// copy 9.800 GB/s [9.100–10.20 GB/s]; first-touch page fault 10.50 μs [10.10–11.00 μs]; write + fsync 1.204 ms [1.100–1.300 ms]
    /// (median of 5 rounds [min–max])"; null when
    /// none is recorded.
    /// </summary>
    public static string? Probes(SuiteRun run)
    {
        var rounds = ProbeRounds(run);
        if (rounds.Count == 0) return null;
        var probes = rounds.Select(probe =>
        {
            var (name, values) = (probe.Key, probe.Value);
            var median = Quantiles.MedianOf(values);
            var (scale, unit) = ProbeUnit(name, median);
            var suffix = unit.Length == 0 ? "" : " " + unit;
            var text = $"{ProbeLabel(name)} {Formatting.Significant(median / scale)}{suffix}";
            return values.Min() == values.Max() ? text : $"{text} [{Formatting.Significant(values.Min() / scale)}–{Formatting.Significant(values.Max() / scale)}{suffix}]";
        });
        var count = run.Exports.Where(e => e.Lab?.Probes is { Count: > 0 }).Select(e => e.Round).Distinct().Count();
        return $"{string.Join("; ", probes)} ({(count == 1 ? "1 round" : $"median of {count} rounds [min–max]")})";
    }

    /// <summary>
    /// How the reproducibility run's machine compared with the published run's, probe by probe (medians over rounds):
    /// "CPU loop 0.283 → 0.805 ns; memory copy 16.44 → 9.240 GB/s; …"; null unless both runs recorded probes.
    /// </summary>
    public static string? ProbeShift(SuiteRun published, SuiteRun reproduction)
    {
        var (before, after) = (ProbeRounds(published), ProbeRounds(reproduction));
        var shifts = before.Keys.Where(after.ContainsKey).Select(name =>
        {
            var (from, to) = (Quantiles.MedianOf(before[name]), Quantiles.MedianOf(after[name]));
            var (scale, unit) = ProbeUnit(name, Math.Min(from, to));
            return $"{ProbeLabel(name)} {Formatting.Significant(from / scale)} → {Formatting.Significant(to / scale)}{(unit.Length == 0 ? "" : " " + unit)}";
        }).ToArray();
        return shifts.Length == 0 ? null : string.Join("; ", shifts);
    }

    /// <summary>Each probe's value per round (a round's exports share their host's probes; the median if they do not), shown scale, known probes first.</summary>
    private static IReadOnlyDictionary<string, double[]> ProbeRounds(SuiteRun run)
    {
        var rounds = run.Exports
            .Where(e => e.Lab?.Probes is { Count: > 0 })
            .GroupBy(e => e.Round)
            .Select(g => g.SelectMany(e => e.Lab!.Probes!).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => Quantiles.MedianOf(p.Select(v => v.Value)), StringComparer.Ordinal))
            .ToArray();
        var names = rounds.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(k => Array.IndexOf(KnownProbes, k) is var i and >= 0 ? i : KnownProbes.Length).ThenBy(k => k, StringComparer.Ordinal);
        var probes = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var values = rounds.Select(r => r.GetValueOrDefault(name, double.NaN)).Where(double.IsFinite).Select(v => v * ProbeScale(name)).ToArray();
            if (values.Length > 0) probes[name] = values;
        }
        return probes;
    }

    private static readonly string[] KnownProbes =
        [MachineProbes.CpuLoopNanoseconds, MachineProbes.MemoryCopyGBps, MachineProbes.PageFaultMicroseconds, MachineProbes.FsyncMicroseconds];

    private static string ProbeLabel(string name) => name switch
    {
        MachineProbes.CpuLoopNanoseconds => "CPU loop",
        MachineProbes.MemoryCopyGBps => "memory copy",
        MachineProbes.PageFaultMicroseconds => "first-touch page fault",
        MachineProbes.FsyncMicroseconds => "write + fsync",
        _ => name,
    };

    /// <summary>What a probe's value is multiplied by to be shown: times in nanoseconds, the rest as recorded.</summary>
    private static double ProbeScale(string name) => name is MachineProbes.PageFaultMicroseconds or MachineProbes.FsyncMicroseconds ? 1000 : 1;

    /// <summary>The unit a probe is shown in (times: the page's unit for the median, so its range reads in the same unit).</summary>
    private static (double Scale, string Unit) ProbeUnit(string name, double median) => name switch
    {
        MachineProbes.CpuLoopNanoseconds or MachineProbes.PageFaultMicroseconds or MachineProbes.FsyncMicroseconds => Formatting.UnitFor(median),
        MachineProbes.MemoryCopyGBps => (1, "GB/s"),
        _ => (1, ""),
    };

    /// <summary>How the machines of two runs relate (<see cref="MachinePairKind"/>).</summary>
    public static MachinePairKind PairKind(SuiteRun published, SuiteRun reproduction)
    {
        var first = published.Exports.Select(e => e.Lab?.Machine).ToArray();
        var second = reproduction.Exports.Select(e => e.Lab?.Machine).ToArray();
        if (first.Length == 0 || second.Length == 0 || first.Concat(second).Any(m => m is not { Count: > 0 }))
            return PredatesBoot(published, second) ? MachinePairKind.OtherBoot : MachinePairKind.Unknown;
        var machines = first.Concat(second).Select(m => m!).ToArray();

        string?[] Values(string key) => machines.Select(m => m.GetValueOrDefault(key) is { Length: > 0 } v ? v : null).Distinct(StringComparer.Ordinal).ToArray();
        if (Values(MachineIdentity.BootId) is [{ }]) return MachinePairKind.SameBoot;
        string[] kind = [MachineIdentity.Cpu, MachineIdentity.CpuFamily, MachineIdentity.CpuModel, MachineIdentity.Microcode];
        if (kind.All(k => Values(k).Length == 1) && kind.Any(k => Values(k) is [{ }])) return MachinePairKind.SameKindOtherBoot;
        return MachinePairKind.DifferentMachine;
    }

    /// <summary>
    /// Whether every export of <paramref name="earlier"/> started before the boot of the machine the later run records
    /// (<see cref="MachineIdentity.BootTime"/>, the same in all its exports): then the two runs cannot share a boot.
    /// </summary>
    private static bool PredatesBoot(SuiteRun earlier, IReadOnlyList<IReadOnlyDictionary<string, string>?> later)
    {
        var boots = later.Select(m => m?.GetValueOrDefault(MachineIdentity.BootTime)).Distinct(StringComparer.Ordinal).ToArray();
        if (boots is not [{ } boot] || !DateTimeOffset.TryParse(boot, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var booted)) return false;
        var starts = earlier.Exports.Select(e => e.StartedUtc).ToArray();
        return starts.Length > 0 && starts.All(s => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var started) && started < booted);
    }

    /// <summary>"same boot", "same machine kind, other boot", "different machine", "other boot" or "unknown".</summary>
    public static string Describe(MachinePairKind kind) => kind switch
    {
        MachinePairKind.SameBoot => "same boot",
        MachinePairKind.OtherBoot => "other boot (the earlier run recorded no machine)",
        MachinePairKind.SameKindOtherBoot => "same machine kind, other boot",
        MachinePairKind.DifferentMachine => "different machine",
        _ => "unknown",
    };
}
