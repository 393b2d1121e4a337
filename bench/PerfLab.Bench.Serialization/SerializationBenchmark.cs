using System.Collections.Concurrent;
using System.Globalization;
using PerfLab.Serialization.Fidelity;

namespace PerfLab.Bench.Serialization;

/// <summary>
/// What every serialization benchmark shares: the payload, taken in <see cref="GlobalSetup"/>, and the facts
/// reported beside time and allocations.
/// </summary>
/// <remarks>
/// Benchmark methods are named <c>Operation_Serializer</c>, the suffix being an <see cref="ISerializerAdapter.Name"/>,
/// so <see cref="GetLabMetrics"/> knows which serializer a row measured. The methods live once, in generic base
/// classes; for these reference-type payloads the JIT shares their code, which costs every row of a category the
/// same one generic-dictionary lookup per call.
/// </remarks>
public abstract class SerializationBenchmark<T>(PayloadKind<T> payload) : ILabMetricSource
{
    private static readonly ConcurrentDictionary<(string Payload, string Serializer), IReadOnlyDictionary<string, string>> Metrics = new();

    protected T Payload { get; private set; } = default!;

    [GlobalSetup]
    public virtual void GlobalSetup() => Payload = payload.Generated;

    /// <summary>
    /// PayloadBytes: what the row's serializer writes for this payload. PayloadRatio: that over System.Text.Json's bytes.
    /// Fidelity: whether a round trip of this payload and of its probe (<see cref="PayloadSample.Probe"/>) gives back
    /// exactly what went in, or which aspects it lost.
    /// </summary>
    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var serializer = SerializerCatalog.Get(benchmarkMethod[(benchmarkMethod.IndexOf('_') + 1)..]);
        // Serialize, buffer-reusing and deserialize rows share one answer per payload and serializer.
        return Metrics.GetOrAdd((payload.Name, serializer.Name), _ => Measure(serializer));
    }

    private IReadOnlyDictionary<string, string> Measure(ISerializerAdapter serializer)
    {
        var bytes = serializer.Serialize(Payload).Length;
        var jsonBytes = SerializerCatalog.StjReflection.Serialize(Payload).Length;
        var issues = payload.CheckRoundTrip(serializer, PayloadSample.Generated).Concat(payload.CheckRoundTrip(serializer, PayloadSample.Probe));
        return new Dictionary<string, string>
        {
            ["PayloadBytes"] = bytes.ToString("N0", CultureInfo.InvariantCulture),
            ["PayloadRatio"] = ((double)bytes / jsonBytes).ToString("0.00", CultureInfo.InvariantCulture),
            ["Fidelity"] = FidelityComparer.Describe(issues),
        };
    }
}
