using System.Net;
using PerfLab.Serialization.Serializers;

namespace PerfLab.Api;

/// <summary>A response the client did not expect: its status and its body (problem details, as the server writes them).</summary>
public sealed class ApiCallException(HttpStatusCode status, string body)
    : Exception($"HTTP {(int)status}: {body}")
{
    public HttpStatusCode Status { get; } = status;
    public string Body { get; } = body;
}

/// <summary>
/// The suite's client: one <see cref="HttpClient"/> over one pooled connection to the server (HTTP/1.1 unless told),
/// calling one endpoint at a time and decoding every answer into <see cref="CustomerOrders"/>, as an application would:
/// a row's time is the request, the server's work, the response and the client's decoding. An unexpected status throws.
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="version">HTTP/1.1 (default) or HTTP/2 (the server's h2c endpoint; exactly that version, no upgrade).</param>
    /// <param name="decompress">Ask for gzip and Brotli (<c>Accept-Encoding</c>) and decompress what comes back.</param>
    public ApiClient(Uri server, Version? version = null, bool decompress = false)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = decompress ? DecompressionMethods.GZip | DecompressionMethods.Brotli : DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        _http = new HttpClient(handler)
        {
            BaseAddress = server,
            DefaultRequestVersion = version ?? HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    /// <summary>The body size of the last decoded response, in bytes (what the format put on the wire, headers aside).</summary>
    public int LastBodyBytes { get; private set; }

    /// <summary>The orders in <paramref name="format"/>, asked for by <c>Accept</c> and decoded by the same library.</summary>
    public Task<CustomerOrders> GetOrdersAsync(long customerId, WireFormat format, CancellationToken cancellationToken = default)
    {
        var request = Get(ApiRoutes.Orders(customerId));
        request.Headers.TryAddWithoutValidation("Accept", format.MediaType);
        return ReadAsync(request, format.Serializer, cancellationToken);
    }

    /// <summary>The orders from the endpoint written in <paramref name="style"/>, as JSON.</summary>
    public Task<CustomerOrders> GetOrdersAsync(long customerId, EndpointStyle style) =>
        ReadAsync(Get(ApiRoutes.Style(style, customerId)), WireFormat.Json.Serializer);

    /// <summary>
    /// The orders from the authentication comparison's endpoint for <paramref name="scheme"/> (null: the anonymous one),
    /// sending <paramref name="authorization"/> as the <c>Authorization</c> header when given ("Bearer ...").
    /// </summary>
    public Task<CustomerOrders> GetOrdersAsync(long customerId, JwtScheme? scheme, string? authorization, CancellationToken cancellationToken = default)
    {
        var request = Get(ApiRoutes.Authenticated(scheme, customerId));
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return ReadAsync(request, WireFormat.Json.Serializer, cancellationToken);
    }

    /// <summary>
    /// The orders from the entity-tagged endpoint. With a <paramref name="cache"/> holding the customer, the request
    /// carries its ETag in <c>If-None-Match</c> and a 304 returns the cached copy; a 200 is decoded and stored.
    /// </summary>
    public async Task<CustomerOrders> GetETaggedOrdersAsync(long customerId, ConditionalCache? cache)
    {
        using var request = Get(ApiRoutes.ETagged(customerId));
        CustomerOrders? cached = null;
        if (cache is not null && cache.TryGet(customerId, out var etag, out cached)) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
        {
            LastBodyBytes = 0;
            return cached;
        }
        var orders = await DecodeAsync(response, WireFormat.Json.Serializer);
        cache?.Store(customerId, response.Headers.ETag!.ToString(), orders);
        return orders;
    }

    /// <summary>The orders through the server's output cache.</summary>
    public Task<CustomerOrders> GetOutputCachedOrdersAsync(long customerId) =>
        ReadAsync(Get(ApiRoutes.OutputCached(customerId)), WireFormat.Json.Serializer);

    /// <summary>The orders from <paramref name="codec"/>'s branch (decompressed here when the client was made to).</summary>
    public Task<CustomerOrders> GetCompressedOrdersAsync(long customerId, ResponseCodec codec) =>
        ReadAsync(Get(ApiRoutes.Compressed(codec, customerId)), WireFormat.Json.Serializer);

    /// <summary>The page of the order list at <paramref name="link"/> (a link the server gave, or <see cref="ApiRoutes.PageNumber"/>), decoded.</summary>
    public async Task<OrderPage> GetPageAsync(string link)
    {
        using var request = Get(link);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        return System.Text.Json.JsonSerializer.Deserialize(await ReadBodyAsync(response), ApiJson.OrderPage)!;
    }

    /// <summary>Any request, in the client's HTTP version, its response returned as is (tests: status codes and problem details).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        request.Version = _http.DefaultRequestVersion;
        request.VersionPolicy = _http.DefaultVersionPolicy;
        return _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A GET in the client's HTTP version (a message's own default is HTTP/1.1, whatever the client's is).</summary>
    private HttpRequestMessage Get(string path) =>
        new(HttpMethod.Get, path) { Version = _http.DefaultRequestVersion, VersionPolicy = _http.DefaultVersionPolicy };

    private async Task<CustomerOrders> ReadAsync(HttpRequestMessage request, ISerializerAdapter decoder, CancellationToken cancellationToken = default)
    {
        using (request)
        using (var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken))
        {
            return await DecodeAsync(response, decoder, cancellationToken);
        }
    }

    private async Task<CustomerOrders> DecodeAsync(HttpResponseMessage response, ISerializerAdapter decoder, CancellationToken cancellationToken = default) =>
        decoder.Deserialize<CustomerOrders>(await ReadBodyAsync(response, cancellationToken));

    /// <summary>
    /// A 200's body (its length kept in <see cref="LastBodyBytes"/>); any other status is an <see cref="ApiCallException"/>.
    /// A ValueTask: the body is already buffered (ResponseContentRead), so it completes synchronously and allocates nothing.
    /// </summary>
    private async ValueTask<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        if (response.StatusCode != HttpStatusCode.OK) throw new ApiCallException(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        LastBodyBytes = body.Length;
        return body;
    }
}
