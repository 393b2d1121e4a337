using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using PerfLab.Serialization.Serializers;

namespace PerfLab.Api;

/// <summary>
/// A body format the orders endpoint offers by content negotiation (<c>Accept</c>): the serialization suite's own
/// adapters, writing straight into the response's pipe, and reading the bytes back on the client.
/// </summary>
/// <param name="Name">The technique's name in benchmark rows.</param>
/// <param name="MediaType">The media type asked for in <c>Accept</c> and answered in <c>Content-Type</c>.</param>
public sealed record WireFormat(string Name, string MediaType, IBufferWriterSerializerAdapter Serializer)
{
    /// <summary>System.Text.Json with the source-generated context: the default when the client states no preference.</summary>
    public static WireFormat Json { get; } = new("Json", "application/json", SerializerCatalog.StjSourceGen);

    /// <summary>MessagePack with the contracts' integer keys (each object an array).</summary>
    public static WireFormat MessagePack { get; } = new("MessagePack", "application/x-msgpack", SerializerCatalog.MessagePackIntKeys);

    /// <summary>protobuf-net with the contracts' field numbers.</summary>
    public static WireFormat Protobuf { get; } = new("Protobuf", "application/x-protobuf", SerializerCatalog.ProtobufNet);

    public static IReadOnlyList<WireFormat> All { get; } = [Json, MessagePack, Protobuf];

    /// <summary>Each format with its media type parsed once (read-only: every request shares them).</summary>
    private static readonly (WireFormat Format, MediaTypeHeaderValue Type)[] Offered =
        All.Select(f => (f, new MediaTypeHeaderValue(f.MediaType).CopyAsReadOnly())).ToArray();

    public static WireFormat Get(string name) =>
        All.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"no wire format named {name}", nameof(name));

    /// <summary>
    /// The format an <c>Accept</c> header asks for: the offered type with the highest quality (ties: the header's order,
    /// then JSON, MessagePack, protobuf), JSON for no header; a type refused with <c>q=0</c> is never chosen. Null when the
    /// header accepts none of them (the endpoint answers 406).
    /// </summary>
    public static WireFormat? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return null;
        var refused = Offered.Where(o => ranges.Any(r => r.Quality == 0 && o.Type.IsSubsetOf(r))).Select(o => o.Format).ToHashSet();
        return ranges.Select((range, index) => (Range: range, Index: index))
            .Where(r => r.Range.Quality != 0)
            .OrderByDescending(r => r.Range.Quality ?? 1.0).ThenBy(r => r.Index)
            .Select(r => Offered.FirstOrDefault(o => !refused.Contains(o.Format) && o.Type.IsSubsetOf(r.Range)).Format)
            .FirstOrDefault(f => f is not null);
    }
}
