using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace PerfLab.Machine;

/// <summary>
/// Where a benchmark that calls a server the lab started runs, and where the server runs. Sharing two cores, the
/// client and the server land on the same core or on different ones as the scheduler decides, and a single call's
/// time swings between two levels with it; <see cref="Split"/> gives the server its own CPUs (every process of it, its
/// children included: it is started under <c>taskset</c>) and the benchmark process the others (every thread of it,
/// pinned when it starts using the server). <see cref="Shared"/> leaves both to the scheduler.
/// </summary>
/// <param name="Mode"><see cref="Split"/> or <see cref="Shared"/>.</param>
/// <param name="BenchmarkCpus">The benchmark process's CPU list when split (kernel notation: "0", "0-3"); null when shared.</param>
/// <param name="ServerCpus">The servers' CPU list when split; null when shared.</param>
public sealed partial record CpuPlacement(string Mode, string? BenchmarkCpus, string? ServerCpus)
{
    /// <summary>Environment variable choosing the placement: <see cref="Split"/> or <see cref="Shared"/> (default: split wherever two CPUs are allowed).</summary>
    public const string Variable = "PERFLAB_PLACEMENT";

    public const string Split = "split", Shared = "shared";

    /// <summary>The line a benchmark process prints (then JSON) to tell the exporter the placement read back from the kernel.</summary>
    public const string LinePrefix = "// PerfLab.Placement ";

    private const string TaskSet = "/usr/bin/taskset";

    /// <summary>
    /// The CPUs the lab's processes may use, recorded by the first process that asks (the bench program) and inherited
    /// by the processes it starts: a case process that was pinned must not take its pinned CPU for the machine's.
    /// </summary>
    public const string CpusVariable = "PERFLAB_CPUS";

    /// <summary>The placement this process and the servers it starts use: <see cref="Variable"/>, else the default for the CPUs the lab may use.</summary>
    /// <exception cref="ArgumentException"><see cref="Variable"/> is neither split nor shared, or asks for split where it cannot be had.</exception>
    public static CpuPlacement Current => Decide(Environment.GetEnvironmentVariable(Variable), LabCpus(), File.Exists(TaskSet));

    private static IReadOnlyList<int> LabCpus()
    {
        if (Environment.GetEnvironmentVariable(CpusVariable) is { Length: > 0 } recorded)
        {
            try
            {
                return Parse(recorded);
            }
            catch (FormatException)
            {
                throw new ArgumentException($"{CpusVariable}={recorded}: not a CPU list (kernel notation, e.g. 0-1)");
            }
        }
        var allowed = AllowedCpus("self") ?? [];
        if (allowed.Count > 0) Environment.SetEnvironmentVariable(CpusVariable, Format(allowed));
        return allowed;
    }

    /// <summary>
    /// Split halves the allowed CPUs (the benchmark the lower half, the servers the upper); it needs at least two of
    /// them and <c>taskset</c>. Without a setting it is the default where it can be had, else shared.
    /// </summary>
    public static CpuPlacement Decide(string? setting, IReadOnlyList<int> allowed, bool canPin)
    {
        var possible = allowed.Count >= 2 && canPin && OperatingSystem.IsLinux();
        switch (setting?.Trim().ToLowerInvariant())
        {
            case null or "":
                return possible ? Halves(allowed) : new CpuPlacement(Shared, null, null);
            case Shared:
                return new CpuPlacement(Shared, null, null);
            case Split when possible:
                return Halves(allowed);
            case Split:
                throw new ArgumentException($"{Variable}={setting}: split placement needs two CPUs this process may use ({allowed.Count} here) and {TaskSet}");
            default:
                throw new ArgumentException($"{Variable}={setting}: expected {Split} or {Shared}");
        }
    }

    private static CpuPlacement Halves(IReadOnlyList<int> allowed)
    {
        var ordered = allowed.Order().ToArray();
        var half = ordered.Length / 2;
        return new CpuPlacement(Split, Format(ordered[..half]), Format(ordered[half..]));
    }

    /// <summary>A server's command line under this placement: behind <c>taskset -c</c> when split, so every process it forks inherits the CPUs.</summary>
    public IReadOnlyList<string> Wrap(IReadOnlyList<string> command) =>
        Mode == Split ? [TaskSet, "-c", ServerCpus!, .. command] : command;

    /// <summary>
    /// When split, moves every thread of this process to the benchmark's CPUs (threads it starts later inherit them).
    /// Called by a benchmark process as it starts using a server, so cases that use none keep every CPU.
    /// </summary>
    public void PinThisProcess()
    {
        if (Mode != Split || !OperatingSystem.IsLinux()) return;
        var mask = Mask(Parse(BenchmarkCpus!));
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            if (!int.TryParse(Path.GetFileName(task), NumberStyles.None, CultureInfo.InvariantCulture, out var thread)) continue;
            // A thread that ended meanwhile is gone (ESRCH): nothing to move.
            if (SetAffinity(thread, sizeof(ulong), ref mask) != 0 && Marshal.GetLastPInvokeError() != 3)
                throw new InvalidOperationException($"could not move thread {thread} to CPUs {BenchmarkCpus} (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    /// <summary>
    /// The placement in force, read back from the kernel: this process's CPUs and each server process's, as the JSON
    /// the exporter reads after <see cref="LinePrefix"/> (<see cref="PlacementRecord"/>).
    /// </summary>
    public PlacementRecord ReadBack(string server, IEnumerable<int> serverProcesses)
    {
        var threads = Directory.Exists("/proc/self/task") ? Directory.EnumerateDirectories("/proc/self/task").Select(t => $"self/task/{Path.GetFileName(t)}") : [];
        return new PlacementRecord(Mode, server, CpusOf(threads), CpusOf(serverProcesses.Select(p => p.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>The distinct CPU lists of processes or threads, "0" or "0-1 / 1" when they differ; unreadable ones left out.</summary>
    private static string CpusOf(IEnumerable<string> processes) =>
        string.Join(" / ", processes.Select(AllowedCpus).OfType<IReadOnlyList<int>>().Select(Format).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    /// <summary>Prints <paramref name="record"/> for the exporter (one line, <see cref="LinePrefix"/> and JSON).</summary>
    public static void Report(PlacementRecord record, Action<string>? write = null) =>
        (write ?? Console.WriteLine)(LinePrefix + JsonSerializer.Serialize(record));

    /// <summary>The last placement line among a benchmark process's output lines; null when it printed none.</summary>
    public static PlacementRecord? Find(IEnumerable<string> lines)
    {
        var line = lines.LastOrDefault(l => l.StartsWith(LinePrefix, StringComparison.Ordinal));
        if (line is null) return null;
        try
        {
            return JsonSerializer.Deserialize<PlacementRecord>(line[LinePrefix.Length..]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The CPUs a process (or "self", "self/task/N") may run on: <c>Cpus_allowed_list</c> in its status; null when unreadable.</summary>
    public static IReadOnlyList<int>? AllowedCpus(string process)
    {
        try
        {
            var line = File.ReadLines($"/proc/{process}/status").FirstOrDefault(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal));
            return line is null ? null : Parse(line["Cpus_allowed_list:".Length..]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>"0-2,5" as 0, 1, 2, 5.</summary>
    public static IReadOnlyList<int> Parse(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(range => range.Split('-') is [var from, var to]
                ? Enumerable.Range(int.Parse(from, CultureInfo.InvariantCulture), int.Parse(to, CultureInfo.InvariantCulture) - int.Parse(from, CultureInfo.InvariantCulture) + 1)
                : [int.Parse(range, CultureInfo.InvariantCulture)])
            .Distinct().Order().ToArray();

    /// <summary>0, 1, 2, 5 as "0-2,5".</summary>
    public static string Format(IReadOnlyList<int> cpus)
    {
        var ranges = new List<string>();
        var ordered = cpus.Distinct().Order().ToArray();
        for (var i = 0; i < ordered.Length;)
        {
            var j = i;
            while (j + 1 < ordered.Length && ordered[j + 1] == ordered[j] + 1) j++;
            ranges.Add(i == j ? ordered[i].ToString(CultureInfo.InvariantCulture) : $"{ordered[i]}-{ordered[j]}");
            i = j + 1;
        }
        return string.Join(",", ranges);
    }

    private static ulong Mask(IReadOnlyList<int> cpus) =>
        cpus.Aggregate(0UL, (mask, cpu) => cpu < 64 ? mask | (1UL << cpu) : throw new NotSupportedException($"CPU {cpu}: the lab pins to CPUs 0-63 only"));

    [LibraryImport("libc", EntryPoint = "sched_setaffinity", SetLastError = true)]
    private static partial int SetAffinity(int thread, nint size, ref ulong mask);
}

/// <summary>
/// A placement as read back from the kernel in a benchmark process: the mode, the server it calls, the CPUs of the
/// benchmark process's threads and of the server's processes ("0", "1"; "0-1 / 1" when they differ among them).
/// </summary>
public sealed record PlacementRecord(string Mode, string Server, string Benchmark, string ServerCpus);
