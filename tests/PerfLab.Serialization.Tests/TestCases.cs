using PerfLab.Serialization.Payloads;
using PerfLab.Serialization.Serializers;

namespace PerfLab.Serialization.Tests;

/// <summary>Serializers and payloads by name, so theory cases read as "MemoryPack, medium, Probe" in test output.</summary>
internal static class TestCases
{
    public static IPayloadKind Payload(string name) => SerializationPayloads.All.Single(p => p.Name == name);

    public static ISerializerAdapter Serializer(string name) => SerializerCatalog.Get(name);

    public static IEnumerable<(string Serializer, string Payload, PayloadSample Sample)> All() =>
        from serializer in SerializerCatalog.All
        from payload in SerializationPayloads.All
        from sample in Enum.GetValues<PayloadSample>()
        select (serializer.Name, payload.Name, sample);

    public static IEnumerable<string> Describe(IEnumerable<Fidelity.FidelityIssue> issues) => issues.Select(i => $"{i.Path}: {i.Aspect}");
}
