using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace PerfLab.Serialization.Serializers;

/// <summary>
/// Serializes the <c>[MessagePackObject]</c> contracts with their property names as map keys and everything else as
/// the standard resolver does, so one set of contract types serves both key styles (the integer <c>[Key]</c>
/// attributes are ignored here). The formatter MessagePack builds is the same one it builds for string-keyed
/// attributed types.
/// </summary>
internal sealed class StringKeyResolver : IFormatterResolver
{
    public static readonly StringKeyResolver Instance = new();

    private StringKeyResolver()
    {
    }

    public IMessagePackFormatter<T>? GetFormatter<T>() => Cache<T>.Formatter;

    private static class Cache<T>
    {
        public static readonly IMessagePackFormatter<T>? Formatter =
            typeof(T).IsDefined(typeof(MessagePackObjectAttribute), inherit: false)
                ? DynamicContractlessObjectResolver.Instance.GetFormatter<T>()
                : StandardResolver.Instance.GetFormatter<T>();
    }
}
