using System.Globalization;

namespace PerfLab.Api;

/// <summary>How the endpoint styles comparison serves the same orders.</summary>
public enum EndpointStyle
{
    /// <summary>A terminal middleware on its own branch: no routing, no endpoint metadata, no filters.</summary>
    RawMiddleware,

    /// <summary>A minimal API endpoint returning a typed result.</summary>
    MinimalApi,

    /// <summary>An MVC controller action (<c>[ApiController]</c>) returning <c>ActionResult&lt;T&gt;</c>.</summary>
    MvcController,
}

/// <summary>The server's paths, one place for the host that maps them and the clients that call them.</summary>
public static class ApiRoutes
{
    /// <summary>The orders endpoint with content negotiation (the wire formats comparison).</summary>
    public const string OrdersTemplate = "/orders/{customerId:long}";

    /// <summary><c>POST</c>: a JSON <see cref="OrderSearch"/> in, a customer's orders out (the bad-input corpus's target).</summary>
    public const string Search = "/orders/search";

    /// <summary>The raw middleware's branch: everything under it is that middleware's.</summary>
    public const string RawBranch = "/styles/raw/orders";

    public const string MinimalTemplate = "/styles/minimal/orders/{customerId:long}";

    /// <summary>The MVC controller's route (attribute routing, no leading slash).</summary>
    public const string MvcTemplate = "styles/mvc/orders";

    /// <summary>The path segment of the authentication comparison's endpoint without authentication.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>The orders with an entity tag, answering 304 to a matching <c>If-None-Match</c>.</summary>
    public const string ETaggedTemplate = "/etag/orders/{customerId:long}";

    /// <summary>The orders through ASP.NET Core's output cache (the response stored by the server, per path).</summary>
    public const string OutputCachedTemplate = "/output-cached/orders/{customerId:long}";

    /// <summary>
    /// The order list a page at a time: <c>?page=N</c> (page-number links, OFFSET) or <c>?after=CURSOR</c> (cursor links,
    /// keyset); without either, the first page with page-number links. Served only by a server started with the orders database.
    /// </summary>
    public const string Pages = "/pages/orders";

    /// <summary>Page <paramref name="number"/> (1 = the first) by its number.</summary>
    public static string PageNumber(int number) => Pages + "?page=" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page after the row whose key <paramref name="cursor"/> holds (<see cref="PageCursor"/>).</summary>
    public static string PageAfter(string cursor) => Pages + "?after=" + cursor;

    public static string Orders(long customerId) => "/orders/" + Id(customerId);

    public static string ETagged(long customerId) => "/etag/orders/" + Id(customerId);

    public static string OutputCached(long customerId) => "/output-cached/orders/" + Id(customerId);

    /// <summary>The raw middleware's JSON on the branch of <paramref name="codec"/>.</summary>
    public static string Compressed(ResponseCodec codec, long customerId) => codec.Branch + "/" + Id(customerId);

    public static string Style(EndpointStyle style, long customerId) => style switch
    {
        EndpointStyle.RawMiddleware => $"{RawBranch}/{Id(customerId)}",
        EndpointStyle.MinimalApi => "/styles/minimal/orders/" + Id(customerId),
        EndpointStyle.MvcController => $"/{MvcTemplate}/{Id(customerId)}",
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    /// <summary>The authentication comparison's endpoint for <paramref name="scheme"/>; null: the anonymous one.</summary>
    public static string Authenticated(JwtScheme? scheme, long customerId) => $"/auth/{scheme?.Name ?? Anonymous}/orders/{Id(customerId)}";

    public static string AuthenticatedTemplate(JwtScheme? scheme) => $"/auth/{scheme?.Name ?? Anonymous}/orders/{{customerId:long}}";

    private static string Id(long customerId) => customerId.ToString(CultureInfo.InvariantCulture);
}
