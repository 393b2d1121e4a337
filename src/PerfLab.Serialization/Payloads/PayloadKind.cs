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
    public string Name => name;

    public T Create() => create();

    public T CreateProbe() => createProbe();

    public T Create(PayloadSample sample) => sample == PayloadSample.Probe ? createProbe() : create();

    public IReadOnlyList<FidelityIssue> CheckRoundTrip(ISerializerAdapter serializer, PayloadSample sample) =>
        RoundTrip.Check(serializer, Create(sample));

    public IReadOnlyList<FidelityIssue> CheckAcross(ISerializerAdapter writer, ISerializerAdapter reader, PayloadSample sample) =>
        RoundTrip.CheckAcross(writer, reader, Create(sample));

    public override string ToString() => name;
}
