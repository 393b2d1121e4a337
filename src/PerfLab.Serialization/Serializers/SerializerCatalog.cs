namespace PerfLab.Serialization.Serializers;

/// <summary>Every serializer of the suite, once. Typed properties for benchmarks, <see cref="All"/> for walking them.</summary>
public static class SerializerCatalog
{
    public static SystemTextJsonReflectionAdapter StjReflection { get; } = new();
    public static SystemTextJsonSourceGenAdapter StjSourceGen { get; } = new();
    public static NewtonsoftJsonAdapter NewtonsoftJson { get; } = new();
    public static MessagePackAdapter MessagePackIntKeys => MessagePackAdapter.IntKeys;
    public static MessagePackAdapter MessagePackStringKeys => MessagePackAdapter.StringKeys;
    public static MessagePackAdapter MessagePackLz4 => MessagePackAdapter.IntKeysLz4;
    public static ProtobufNetAdapter ProtobufNet { get; } = new();
    public static MemoryPackAdapter MemoryPack { get; } = new();

    public static IReadOnlyList<ISerializerAdapter> All { get; } =
    [
        StjReflection, StjSourceGen, NewtonsoftJson, MessagePackIntKeys, MessagePackStringKeys, MessagePackLz4, ProtobufNet, MemoryPack,
    ];

    public static ISerializerAdapter Get(string name) =>
        All.FirstOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"unknown serializer '{name}' (expected one of: {string.Join(", ", All.Select(s => s.Name))})", nameof(name));
}
