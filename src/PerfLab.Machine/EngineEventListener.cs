using System.Diagnostics.Tracing;

namespace PerfLab.Machine;

/// <summary>
/// A listener, in a benchmark process, to BenchmarkDotNet's <c>EngineEventSource</c> (0.15), which marks each measured
/// iteration's start and stop outside the timed region and the benchmark's end. A subclass records what it measures
/// per iteration and returns one line at the benchmark's end; BenchmarkDotNet keeps a child's lines starting with "//"
/// for the host, whose exporter finds it there (<see cref="LastLine"/>).
/// </summary>
public abstract class EngineEventListener : EventListener
{
    /// <summary>The event source's name.</summary>
    public const string SourceName = "BenchmarkDotNet.EngineEventSource";

    /// <summary>Event IDs: the benchmark's stop, and a measured (workload, actual) iteration's start and stop; the stop's first payload is its operation count.</summary>
    public const int BenchmarkStopEvent = 2, WorkloadActualStartEvent = 15, WorkloadActualStopEvent = 16;

    private readonly Action<string>? _write;

    protected EngineEventListener(Action<string> write) => _write = write;

    /// <summary>A measured iteration is about to run.</summary>
    protected abstract void MeasuredIterationStarted();

    /// <summary>A measured iteration of <paramref name="operations"/> operations has run.</summary>
    protected abstract void MeasuredIterationStopped(long operations);

    /// <summary>The benchmark has ended: the line to print (prefix included), or null for none.</summary>
    protected abstract string? BenchmarkStopped();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == SourceName) EnableEvents(eventSource, EventLevel.Informational);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        // The base constructor can deliver events before this constructor's body has set the writer.
        if (_write is null) return;
        switch (e.EventId)
        {
            case WorkloadActualStartEvent:
                MeasuredIterationStarted();
                break;
            case WorkloadActualStopEvent:
                MeasuredIterationStopped(e.Payload is [long total, ..] ? total : 0);
                break;
            case BenchmarkStopEvent:
                if (BenchmarkStopped() is { } line) _write(line);
                break;
        }
    }

    /// <summary>What follows <paramref name="prefix"/> on the last of <paramref name="lines"/> that starts with it; null when none does.</summary>
    public static string? LastLine(IEnumerable<string> lines, string prefix) =>
        lines.LastOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line ? line[prefix.Length..] : null;
}
