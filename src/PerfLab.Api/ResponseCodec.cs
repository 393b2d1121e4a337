using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace PerfLab.Api;

/// <summary>
/// A response compression setting of the compression comparison: ASP.NET Core's response compression middleware with
/// one provider at one level, on a branch of its own (<c>/compressed/{name}/orders/{id}</c>), or none.
/// </summary>
public sealed record ResponseCodec(string Name, string? ContentEncoding, CompressionLevel Level)
{
    public static ResponseCodec Identity { get; } = new("identity", null, CompressionLevel.NoCompression);

    /// <summary>gzip at ASP.NET Core's default level for it (fastest).</summary>
    public static ResponseCodec Gzip { get; } = new("gzip", "gzip", CompressionLevel.Fastest);

    public static ResponseCodec BrotliFastest { get; } = new("brotli-fastest", "br", CompressionLevel.Fastest);

    public static ResponseCodec BrotliOptimal { get; } = new("brotli-optimal", "br", CompressionLevel.Optimal);

    public static IReadOnlyList<ResponseCodec> All { get; } = [Identity, Gzip, BrotliFastest, BrotliOptimal];

    public string Branch => "/compressed/" + Name + "/orders";

    /// <summary>The middleware's provider for this setting (null for none): this codec only, application/json included by default.</summary>
    internal IResponseCompressionProvider? CreateProvider(IServiceProvider services)
    {
        if (ContentEncoding is null) return null;
        var options = new ResponseCompressionOptions();
        options.Providers.Add(ContentEncoding == "br"
            ? new BrotliCompressionProvider(Options.Create(new BrotliCompressionProviderOptions { Level = Level }))
            : new GzipCompressionProvider(Options.Create(new GzipCompressionProviderOptions { Level = Level })));
        return new ResponseCompressionProvider(services, Options.Create(options));
    }
}
