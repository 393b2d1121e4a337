using System.Text;
using System.Text.Json;
using PerfLab.Machine;

namespace PerfLab.Load;

/// <summary>
/// Carries a load case's results out of its benchmark process. BenchmarkDotNet times a load run (one invocation per
/// iteration) but knows nothing of its percentiles; this listener keeps the runs made during measured iterations
/// (BenchmarkDotNet's engine events mark them, <see cref="EngineEventListener"/>) and, when the benchmark stops, prints
/// one line (<see cref="LinePrefix"/> and JSON) that the host's exporter writes into the export as the case's
/// <c>Load</c> block: the measured runs merged, and each run's summary.
/// </summary>
public sealed class LoadRecorder : EngineEventListener
{
    /// <summary>The line the recorder prints; BenchmarkDotNet keeps a child's lines starting with "//" for the host.</summary>
    public const string LinePrefix = "// PerfLab.Load ";

    private static LoadRecorder? _started;
    private readonly List<LoadResult> _measured = [];
    private OfferedLoad? _load;
    private bool _inMeasuredIteration;

    internal LoadRecorder(Action<string> write) : base(write) { }

    /// <summary>Starts the process's one recorder for <paramref name="load"/>; <paramref name="write"/> defaults to standard output.</summary>
    public static void Start(OfferedLoad load, Action<string>? write = null)
    {
        _started ??= new LoadRecorder(write ?? Console.WriteLine);
        _started.Use(load);
    }

    internal void Use(OfferedLoad load) => _load = load;

    /// <summary>A run of the started load: kept when it ran inside a measured iteration, and returned.</summary>
    public static LoadResult Record(LoadResult result) => _started?.Keep(result) ?? result;

    internal LoadResult Keep(LoadResult result)
    {
        if (_inMeasuredIteration) _measured.Add(result);
        return result;
    }

    protected override void MeasuredIterationStarted() => _inMeasuredIteration = true;

    protected override void MeasuredIterationStopped(long operations) => _inMeasuredIteration = false;

    protected override string? BenchmarkStopped()
    {
        var line = _measured.Count > 0 && _load is not null ? LinePrefix + Serialize(_load.CapacityRate, _load.OfferedFraction, _measured) : null;
        _measured.Clear();
        return line;
    }

    /// <summary>The <c>Load</c> block: the runs merged (<see cref="LoadResult.Combine"/>) and each run's summary, times in nanoseconds.</summary>
    public static string Serialize(double capacityRate, double offeredFraction, IReadOnlyList<LoadResult> runs)
    {
        var all = LoadResult.Combine(runs);
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("Model", all.Model.ToString());
            json.WriteNumber("OfferedRate", all.OfferedRate ?? 0);
            json.WriteNumber("CapacityRate", capacityRate);
            json.WriteNumber("OfferedFraction", offeredFraction);
            WriteSummary(json, "Latency", all.Latency);
            WriteSummary(json, "ServiceTime", all.ServiceTime);
            WriteCounts(json, all);
            json.WriteNumber("ClientCpuNs", Nanoseconds(all.ClientCpuTime));
            if (all.ServerCpuTime is { } server) json.WriteNumber("ServerCpuNs", Nanoseconds(server));
            json.WriteStartArray("Iterations");
            foreach (var run in runs)
            {
                json.WriteStartObject();
                WriteCounts(json, run);
                json.WriteNumber("WallNs", Nanoseconds(run.WallTime));
                json.WriteNumber("P50Ns", run.Latency.P50Ns);
                json.WriteNumber("P99Ns", run.Latency.P99Ns);
                json.WriteNumber("MaxNs", run.Latency.MaxNs);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The JSON of the last load line among a process's lines; null when there is none or it does not parse.</summary>
    public static JsonElement? Find(IEnumerable<string> lines)
    {
        if (LastLine(lines, LinePrefix) is not { } json) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteCounts(Utf8JsonWriter json, LoadResult run)
    {
        json.WriteNumber("Requested", run.Requested);
        json.WriteNumber("Completed", run.Completed);
        json.WriteNumber("Errors", run.Errors);
        json.WriteNumber("Timeouts", run.Timeouts);
        json.WriteNumber("NotStarted", run.NotStarted);
        json.WriteNumber("AchievedRate", run.AchievedRate);
    }

    private static void WriteSummary(Utf8JsonWriter json, string name, LatencySummary summary)
    {
        json.WriteStartObject(name);
        json.WriteNumber("Count", summary.Count);
        json.WriteNumber("P50Ns", summary.P50Ns);
        json.WriteNumber("P90Ns", summary.P90Ns);
        json.WriteNumber("P99Ns", summary.P99Ns);
        json.WriteNumber("P999Ns", summary.P999Ns);
        json.WriteNumber("MaxNs", summary.MaxNs);
        json.WriteEndObject();
    }

    private static long Nanoseconds(TimeSpan time) => time.Ticks * 100;
}
