using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace PerfLab.Api;

/// <summary>
/// The api suite's server: Kestrel on loopback, HTTP/1.1 on one port and HTTP/2 over cleartext (h2c, prior knowledge) on
/// another, serving <see cref="OrderCatalog"/> through every technique the suite compares. Every error is an RFC 9457
/// problem-details body with the right status code: the framework's own (<c>AddProblemDetails</c>, the exception
/// handler and status-code pages for bodiless errors) and the endpoints' (404, 406, validation).
/// </summary>
public static class ApiHost
{
    /// <summary>The largest request body the server reads (Kestrel's limit; larger is a 413): its inputs are a few bytes.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024;

    /// <summary>The output cache policy: an hour, so a run's rotating customers are all served from the cache once stored.</summary>
    private const string OutputCachePolicy = "orders";

    /// <param name="paging">The order list's pages (<see cref="ApiRoutes.Pages"/>); null: the server has no orders database and no such endpoint.</param>
    public static WebApplication Build(OrderCatalog catalog, ApiKeys keys, int http1Port, int h2cPort, OrderPaging? paging = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        // No log lines: a logger per request would be measured with every row.
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, http1Port, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, h2cPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });

        var services = builder.Services;
        services.AddSingleton(catalog);
        if (paging is not null) services.AddSingleton(paging);
        services.AddProblemDetails();
        // No catch-all for unknown gRPC services: it would answer 404 where routing answers 405 or 415.
        services.AddGrpc(grpc => grpc.IgnoreUnknownServices = true);
        services.AddOutputCache(cache => cache.AddPolicy(OutputCachePolicy, policy => policy.Expire(TimeSpan.FromHours(1))));
        services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        services.AddControllers().AddApplicationPart(typeof(ApiHost).Assembly).AddJsonOptions(json => ApiJson.Configure(json.JsonSerializerOptions));
        var authentication = services.AddAuthentication();
        foreach (var scheme in JwtScheme.All)
        {
            authentication.AddJwtBearer(scheme.Name, bearer =>
            {
                bearer.UseSecurityTokenValidators = scheme.Handler == TokenHandlerKind.JwtSecurityTokenHandler;
                bearer.TokenValidationParameters = keys.ValidationParameters(scheme.Algorithm);
            });
        }
        services.AddAuthorization(authorization =>
        {
            foreach (var scheme in JwtScheme.All)
            {
                authorization.AddPolicy(scheme.Name, policy => policy.AddAuthenticationSchemes(scheme.Name).RequireAuthenticatedUser());
            }
        });

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Map(ApiRoutes.RawBranch, raw => raw.Run(http => RawOrdersAsync(http, catalog)));
        foreach (var codec in ResponseCodec.All)
        {
            app.Map(codec.Branch, branch =>
            {
                if (codec.CreateProvider(app.Services) is { } provider) branch.UseMiddleware<ResponseCompressionMiddleware>(provider);
                branch.Run(http => RawOrdersAsync(http, catalog));
            });
        }
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();

        app.MapGet(ApiRoutes.OrdersTemplate, NegotiatedOrders);
        app.MapPost(ApiRoutes.Search, Search);
        app.MapGet(ApiRoutes.MinimalTemplate, Orders);
        app.MapGet(ApiRoutes.ETaggedTemplate, ETagged);
        app.MapGet(ApiRoutes.OutputCachedTemplate, Orders).CacheOutput(OutputCachePolicy);
        if (paging is not null) app.MapGet(ApiRoutes.Pages, Page);
        app.MapControllers();
        app.MapGrpcService<OrdersGrpcService>();
        app.MapGet(ApiRoutes.AuthenticatedTemplate(null), Orders).AllowAnonymous();
        foreach (var scheme in JwtScheme.All) app.MapGet(ApiRoutes.AuthenticatedTemplate(scheme), Orders).RequireAuthorization(scheme.Name);
        return app;
    }

    internal static string NoCustomer(long customerId) => $"There is no customer {customerId}.";

    private static Results<Ok<CustomerOrders>, ProblemHttpResult> Orders(long customerId, OrderCatalog catalog) =>
        catalog.Find(customerId) is { } orders ? TypedResults.Ok(orders) : NotFound(customerId);

    /// <summary>The orders with their entity tag; 304 and no body when the request's <c>If-None-Match</c> matches it.</summary>
    private static IResult ETagged(long customerId, HttpContext http, OrderCatalog catalog)
    {
        if (catalog.Find(customerId) is not { } orders) return NotFound(customerId);
        http.Response.Headers.ETag = catalog.ETag(customerId)!;
        return NoneMatchFails(http.Request.Headers.IfNoneMatch, catalog.ParsedETag(customerId)!) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(orders);
    }

    /// <summary>Whether <c>If-None-Match</c> names <paramref name="etag"/> or <c>*</c> (weak comparison, RFC 9110 13.1.2).</summary>
    internal static bool NoneMatchFails(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) &&
        tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));

    /// <summary>
    /// A page of the order list: by number (<c>page</c>, OFFSET) or after a cursor (<c>after</c>, keyset), with the next
    /// page's link in the same style; neither is page 1. Both, a number out of range or a cursor this server did not
    /// issue is a 400 validation problem.
    /// </summary>
    private static IResult Page(int? page, string? after, OrderPaging paging)
    {
        if (page is not null && after is not null) return Invalid("page", "give page or after, not both");
        if (after is not null) return PageCursor.TryDecode(after, out var key) ? TypedResults.Ok(paging.After(key)) : Invalid("after", "is not a cursor this server issued");
        return (page ?? 1) is var number and >= 1 and <= OrderPaging.MaxPage
            ? TypedResults.Ok(paging.ByNumber(number))
            : Invalid("page", $"must be between 1 and {OrderPaging.MaxPage}");
    }

    private static ValidationProblem Invalid(string member, string error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [member] = [error] });

    private static IResult NegotiatedOrders(long customerId, HttpContext http, OrderCatalog catalog)
    {
        if (WireFormat.Negotiate(http.Request.Headers.Accept) is not { } format)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable,
                detail: "Acceptable formats: " + string.Join(", ", WireFormat.All.Select(f => f.MediaType)) + ".");
        }
        return catalog.Find(customerId) is { } orders ? new WireBody(orders, format) : NotFound(customerId);
    }

    private static Results<Ok<CustomerOrders>, ValidationProblem, ProblemHttpResult> Search(OrderSearch search, OrderCatalog catalog)
    {
        if (search.Errors() is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        if (catalog.Find(search.CustomerId) is not { } orders) return NotFound(search.CustomerId);
        return TypedResults.Ok(new CustomerOrders { CustomerId = orders.CustomerId, Orders = orders.Orders.Take(search.Limit).ToList() });
    }

    /// <summary>The raw middleware: its own method check, path parsing and JSON write; errors left to the status-code pages.</summary>
    private static Task RawOrdersAsync(HttpContext http, OrderCatalog catalog)
    {
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = HttpMethods.Get;
            return Task.CompletedTask;
        }
        var rest = http.Request.Path.Value.AsSpan();
        if (rest.Length < 2 || !long.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var customerId) ||
            catalog.Find(customerId) is not { } orders)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return http.Response.WriteAsJsonAsync(orders, ApiJson.CustomerOrders, contentType: null, http.RequestAborted);
    }

    private static ProblemHttpResult NotFound(long customerId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: NoCustomer(customerId));
}
