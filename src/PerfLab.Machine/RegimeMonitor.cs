using System.Diagnostics.Tracing;
using System.Text.Json;

namespace PerfLab.Machine;

/// <summary>One measured iteration's regime: how many operations it ran, and the page faults and collections they took.</summary>
public sealed record RegimeIteration(long Operations, long MinorFaults, long MajorFaults, int Gen0, int Gen1, int Gen2);

/// <summary>
/// Records, in a benchmark process, the regime each measured iteration ran in: its operations, page faults and GC
/// collections. The same code can run in two regimes on two machines (a row allocating large results pays a page
/// fault per fresh 4 KiB page, whose price is the machine's), so a number is only comparable with the regime beside it.
/// It listens to BenchmarkDotNet's engine events, which mark each iteration's start and end outside the timed region,
/// and prints one line per benchmark (<see cref="LinePrefix"/> and JSON) that the host's exporter finds among the
/// process's "//" lines.
/// </summary>
public sealed class RegimeMonitor : EventListener
{
    /// <summary>The line the monitor prints; BenchmarkDotNet keeps a child's lines starting with "//" for the host.</summary>
    public const string LinePrefix = "// PerfLab.Regime ";

    private static RegimeMonitor? _started;
    private readonly List<RegimeIteration> _iterations = [];
    private readonly Action<string> _write;
    private PageFaults _faultsAtStart;
    private int _gen0, _gen1, _gen2;

    internal RegimeMonitor(Action<string> write) => _write = write;

    /// <summary>Starts the process's one monitor (later calls do nothing); <paramref name="write"/> defaults to standard output.</summary>
    public static void Start(Action<string>? write = null) => _started ??= new RegimeMonitor(write ?? Console.WriteLine);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == EngineEvents.SourceName) EnableEvents(eventSource, EventLevel.Informational);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        // The base constructor can deliver events before this constructor's body has set the writer.
        if (_write is null) return;
        switch (e.EventId)
        {
            case EngineEvents.WorkloadActualStart:
                _gen0 = GC.CollectionCount(0);
                _gen1 = GC.CollectionCount(1);
                _gen2 = GC.CollectionCount(2);
                _faultsAtStart = PageFaults.OfThisProcess();
                break;
            case EngineEvents.WorkloadActualStop:
                var faults = PageFaults.OfThisProcess() - _faultsAtStart;
                var operations = e.Payload is [long total, ..] ? total : 0;
                _iterations.Add(new RegimeIteration(operations, faults.Minor, faults.Major,
                    GC.CollectionCount(0) - _gen0, GC.CollectionCount(1) - _gen1, GC.CollectionCount(2) - _gen2));
                break;
            case EngineEvents.BenchmarkStop:
                if (_iterations.Count > 0) _write(LinePrefix + Serialize(_iterations));
                _iterations.Clear();
                break;
        }
    }

    public static string Serialize(IReadOnlyList<RegimeIteration> iterations) => JsonSerializer.Serialize(iterations);

    /// <summary>The iterations of the last regime line among a process's lines; null when there is none or it does not parse.</summary>
    public static IReadOnlyList<RegimeIteration>? Find(IEnumerable<string> lines)
    {
        var line = lines.LastOrDefault(l => l.StartsWith(LinePrefix, StringComparison.Ordinal));
        if (line is null) return null;
        try
        {
            return JsonSerializer.Deserialize<RegimeIteration[]>(line[LinePrefix.Length..]);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
