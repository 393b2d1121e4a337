namespace PerfLab.Bench.Serialization;

/// <summary>
/// The one GC configuration of every benchmark process of the deserialization suite, stated so that no row pays the
/// machine's price for fresh memory. Deserializing the large and numeric payloads builds objects past the default
/// large-object threshold (System.Text.Json's 100,000-element array and the list it grows, Newtonsoft's UTF-16 copy
/// of the payload, MemoryPack's and protobuf-net's arrays); on the large-object heap they are allocated from regions
/// the GC has just given back to the OS, and each first-touched 4 KiB page costs a page fault whose price is the
/// machine's (10 µs on one machine of the lab's kind, far less on another), up to ~1,100 per call. Measured with this
/// configuration (and no forced collection between iterations, <see cref="DeserializeBenchmark{T}"/>): about 0 faults
/// per call on every row, every row still building and returning its complete object graph.
/// </summary>
/// <remarks>
/// Set as environment variables of the suite's host process before BenchmarkDotNet starts, so every benchmark
/// process inherits them and the export's GC fact (<c>PerfLab.Machine.MachineIdentity.GcConfiguration</c>, read in the
/// host) records them. What allocating a fresh large result costs under the default GC is the serialization suite's
/// output comparison (SerializeNumericOutput), not a row here.
/// </remarks>
public static class DeserializationGc
{
    public static IReadOnlyList<KeyValuePair<string, string>> Settings { get; } =
    [
        // With regions (the default GC since .NET 7) an object of the small-object heap must fit in one region, so
        // the large-object threshold is capped at the region size (4 MiB by default, whatever GCLOHThreshold says):
        // 64 MiB regions let the 64 MiB threshold stand, and every object of these payloads (all far smaller) is
        // allocated in gen0, whose memory the GC keeps committed and reuses.
        new("DOTNET_GCRegionSize", "0x4000000"),
        new("DOTNET_GCLOHThreshold", "0x4000000"),
        // A 128 MiB gen0 budget: the slowest rows (16 MB per call) run an iteration or more between collections.
        new("DOTNET_GCgen0size", "0x8000000"),
    ];

    /// <summary>
    /// Runs gen0 through its budget twice with throwaway arrays, so the memory it allocates from has been touched
    /// before the first iteration: a young process's first pass through its 128 MiB gen0 budget faults every page
    /// (measured: ~350 faults per call on rows that pass it once in ten iterations), later passes reuse the same
    /// committed regions (0). The same for every row, and nothing of it is timed.
    /// </summary>
    public static void CycleGen0()
    {
        var target = GC.CollectionCount(0) + 2;
        while (GC.CollectionCount(0) < target) _sink = new byte[1 << 20];
        _sink = null;
    }

    private static byte[]? _sink;

    /// <summary>Sets <see cref="Settings"/> in this process's environment, for the benchmark processes it starts.</summary>
    public static void Apply()
    {
        foreach (var (name, value) in Settings) Environment.SetEnvironmentVariable(name, value);
    }
}
