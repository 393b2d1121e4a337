using PerfLab.Serialization.Serializers;

namespace PerfLab.Serialization.Fidelity;

public static class RoundTrip
{
    /// <summary>What <c>deserialize(serialize(value))</c> changed; empty when the serializer kept everything.</summary>
    public static IReadOnlyList<FidelityIssue> Check<T>(ISerializerAdapter serializer, T value) =>
        FidelityComparer.Compare(value, serializer.Deserialize<T>(serializer.Serialize(value)));

    /// <summary>Bytes written by one serializer, read back by another (e.g. the two JSON libraries).</summary>
    public static IReadOnlyList<FidelityIssue> CheckAcross<T>(ISerializerAdapter writer, ISerializerAdapter reader, T value) =>
        FidelityComparer.Compare(value, reader.Deserialize<T>(writer.Serialize(value)));
}
