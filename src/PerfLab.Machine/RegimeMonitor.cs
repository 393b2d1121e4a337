using System.Text.Json;

namespace PerfLab.Machine;

/// <summary>One measured iteration's regime: how many operations it ran, and the page faults and collections they took.</summary>
public sealed record RegimeIteration(long Operations, long MinorFaults, long MajorFaults, int Gen0, int Gen1, int Gen2);

/// <summary>
/// Records, in a benchmark process, the regime each measured iteration ran in: its operations, page faults and GC
/// collections. The same code can run in two regimes on two machines (a row allocating large results pays a page
/// fault per fresh 4 KiB page, whose price is the machine's), so a number is only comparable with the regime beside it.
/// It prints one line per benchmark (<see cref="LinePrefix"/> and JSON) for the host's exporter.
/// </summary>
public sealed class RegimeMonitor : EngineEventListener
{
    /// <summary>The line the monitor prints; BenchmarkDotNet keeps a child's lines starting with "//" for the host.</summary>
    public const string LinePrefix = "// PerfLab.Regime ";

    private static RegimeMonitor? _started;
    private readonly List<RegimeIteration> _iterations = [];
    private PageFaults _faultsAtStart;
    private int _gen0, _gen1, _gen2;

    internal RegimeMonitor(Action<string> write) : base(write) { }

    /// <summary>Starts the process's one monitor (later calls do nothing); <paramref name="write"/> defaults to standard output.</summary>
    public static void Start(Action<string>? write = null) => _started ??= new RegimeMonitor(write ?? Console.WriteLine);

    protected override void MeasuredIterationStarted()
    {
        _gen0 = GC.CollectionCount(0);
        _gen1 = GC.CollectionCount(1);
        _gen2 = GC.CollectionCount(2);
        _faultsAtStart = PageFaults.OfThisProcess();
    }

    protected override void MeasuredIterationStopped(long operations)
    {
        var faults = PageFaults.OfThisProcess() - _faultsAtStart;
        _iterations.Add(new RegimeIteration(operations, faults.Minor, faults.Major,
            GC.CollectionCount(0) - _gen0, GC.CollectionCount(1) - _gen1, GC.CollectionCount(2) - _gen2));
    }

    protected override string? BenchmarkStopped()
    {
        var line = _iterations.Count > 0 ? LinePrefix + Serialize(_iterations) : null;
        _iterations.Clear();
        return line;
    }

    public static string Serialize(IReadOnlyList<RegimeIteration> iterations) => JsonSerializer.Serialize(iterations);

    /// <summary>The iterations of the last regime line among a process's lines; null when there is none or it does not parse.</summary>
    public static IReadOnlyList<RegimeIteration>? Find(IEnumerable<string> lines)
    {
        if (LastLine(lines, LinePrefix) is not { } json) return null;
        try
        {
            return JsonSerializer.Deserialize<RegimeIteration[]>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
