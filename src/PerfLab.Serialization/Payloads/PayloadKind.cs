using PerfLab.Serialization.Fidelity;
using PerfLab.Serialization.Serializers;

namespace PerfLab.Serialization.Payloads;

/// <summary>A payload the suite measures, as a non-generic handle for tests and reports that walk all of them.</summary>
public interface IPayloadKind
{
    string Name { get; }

    /// <summary>Round-trips the generated payload, or the fidelity probe of the same contract, through a serializer.</summary>
    IReadOnlyList<FidelityIssue> CheckRoundTrip(ISerializerAdapter serializer, PayloadSample sample);

    /// <summary>Writes the sample with one serializer and reads it back with another.</summary>
    IReadOnlyList<FidelityIssue> CheckAcross(ISerializerAdapter writer, ISerializerAdapter reader, PayloadSample sample);
}

public enum PayloadSample
{
    /// <summary>The benchmark's input, from the shared fixed-seed generator.</summary>
    Generated,

    /// <summary>
    /// The same contract filled with the values serializers get wrong: decimal scales, every <see cref="DateTimeKind"/>,
    /// non-zero offsets, nulls, emoji and right-to-left text, empty collections, extreme numbers.
    /// </summary>
    Probe,
}

/// <summary>One payload of the suite: how to make it (from the generator) and its fidelity probe.</summary>
public sealed class PayloadKind<T>(string name, Func<T> create, Func<T> createProbe) : IPayloadKind
{
    private readonly Lazy<T> _generated = new(create);

    public string Name => name;

    /// <summary>
    /// The generated payload, made once per process and shared: treat it as read-only. Generating the large and
    /// numeric payloads costs more than most of the work measured on them.
    /// </summary>
    public T Generated => _generated.Value;

    /// <summary>A new instance of the generated payload, equal to <see cref="Generated"/>.</summary>
    public T Create() => create();

    public T Get(PayloadSample sample) => sample == PayloadSample.Probe ? createProbe() : Generated;

    public IReadOnlyList<FidelityIssue> CheckRoundTrip(ISerializerAdapter serializer, PayloadSample sample) =>
        RoundTrip.Check(serializer, Get(sample));

    public IReadOnlyList<FidelityIssue> CheckAcross(ISerializerAdapter writer, ISerializerAdapter reader, PayloadSample sample) =>
        RoundTrip.CheckAcross(writer, reader, Get(sample));

    public override string ToString() => name;
}
