using System.Net.Http.Headers;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using PerfLab.Queries.Model;

namespace PerfLab.Api.Tests;

/// <summary>One request the server must refuse, and the status it must refuse it with.</summary>
public sealed record MalformedRequest(string Name, int Status, Func<ApiKeys, HttpRequestMessage> Build);

/// <summary>
/// The bad-input corpus: malformed JSON, unknown members, wrong types, missing and out-of-range values, wrong media
/// types, oversized bodies, wrong methods and paths, unacceptable formats, and missing, tampered, expired, misaddressed
/// or foreign tokens. Each is answered with its status and an RFC 9457 body; none may bring the host down.
/// </summary>
public static class MalformedRequests
{
    private static readonly JwtScheme NewHandler = new(JwtAlgorithm.HS256, TokenHandlerKind.JsonWebTokenHandler);
    private static readonly JwtScheme LegacyHandler = new(JwtAlgorithm.HS256, TokenHandlerKind.JwtSecurityTokenHandler);
    private static readonly JwtScheme Rs256 = new(JwtAlgorithm.RS256, TokenHandlerKind.JsonWebTokenHandler);

    public static IReadOnlyList<MalformedRequest> All { get; } =
    [
        // Malformed JSON.
        Search("json: an unclosed object", 400, "{"),
        Search("json: truncated", 400, """{"CustomerId":1,"Limit":2"""),
        Search("json: a trailing comma", 400, """{"CustomerId":1,"Limit":2,}"""),
        Search("json: single quotes", 400, "{'CustomerId':1,'Limit':2}"),
        Search("json: a comment", 400, """{"CustomerId":1,"Limit":2} // and more"""),
        Search("json: NaN", 400, """{"CustomerId":NaN,"Limit":2}"""),
        Search("json: a string, not an object", 400, "\"orders please\""),
        Search("json: an array, not an object", 400, "[1,2]"),
        Search("json: null", 400, "null"),
        Search("json: nested deeper than the limit", 400, new string('[', 1000) + new string(']', 1000)),
        Search("json: invalid UTF-8", 400, [.. "{\"CustomerId\":1,\"Limit\":2,\""u8, 0xFF, 0xFE, .. "\":1}"u8]),
        Search("json: an empty body", 400, ""),
        Search("json: whitespace only", 400, "   \n  "),
        Search("json: two documents", 400, """{"CustomerId":1,"Limit":2}{"CustomerId":1,"Limit":2}"""),
        // Unknown members.
        Search("members: an unknown one", 400, """{"CustomerId":1,"Limit":2,"Extra":true}"""),
        Search("members: a name in the wrong case", 400, """{"customerId":1,"Limit":2}"""),
        Search("members: an unknown nested object", 400, """{"CustomerId":1,"Limit":2,"Filter":{"Status":"Paid"}}"""),
        // Wrong types.
        Search("types: a number as a string", 400, """{"CustomerId":"1","Limit":2}"""),
        Search("types: a boolean for a number", 400, """{"CustomerId":true,"Limit":2}"""),
        Search("types: a fraction for an integer", 400, """{"CustomerId":1.5,"Limit":2}"""),
        Search("types: null for a number", 400, """{"CustomerId":null,"Limit":2}"""),
        Search("types: an object for a number", 400, """{"CustomerId":{},"Limit":2}"""),
        Search("types: an array for a number", 400, """{"CustomerId":[1],"Limit":2}"""),
        Search("types: a 64-bit overflow", 400, """{"CustomerId":1e40,"Limit":2}"""),
        Search("types: a 32-bit overflow", 400, """{"CustomerId":1,"Limit":99999999999}"""),
        // Missing and out-of-range values.
        Search("required: no limit", 400, """{"CustomerId":1}"""),
        Search("required: no customer", 400, """{"Limit":2}"""),
        Search("required: nothing", 400, "{}"),
        Search("range: a page size of zero", 400, """{"CustomerId":1,"Limit":0}"""),
        Search("range: a page size over the limit", 400, $$"""{"CustomerId":1,"Limit":{{OrderSearch.MaxLimit + 1}}}"""),
        Search("range: a negative page size", 400, """{"CustomerId":1,"Limit":-5}"""),
        Search("range: customer zero", 400, """{"CustomerId":0,"Limit":2}"""),
        Search("range: a negative customer", 400, """{"CustomerId":-1,"Limit":2}"""),
        Search("range: no such customer", 404, """{"CustomerId":999999999,"Limit":2}"""),
        // Media types and sizes.
        Search("media: text/plain", 415, """{"CustomerId":1,"Limit":2}""", "text/plain"),
        Search("media: application/xml", 415, "<search><CustomerId>1</CustomerId></search>", "application/xml"),
        Search("media: no content type", 415, """{"CustomerId":1,"Limit":2}""", contentType: null),
        Search("size: a body over the server's limit", 413, $$"""{"CustomerId":1,"Limit":2,"Pad":"{{new string('x', (int)ApiHost.MaxRequestBodyBytes)}}"}"""),
        // Methods and paths.
        Get("method: GET on the search", 405, ApiRoutes.Search, method: HttpMethod.Get),
        Get("method: DELETE on the orders", 405, ApiRoutes.Orders(1), method: HttpMethod.Delete),
        Get("method: PUT on the minimal API", 405, ApiRoutes.Style(EndpointStyle.MinimalApi, 1), method: HttpMethod.Put),
        Get("method: POST on the raw middleware", 405, ApiRoutes.Style(EndpointStyle.RawMiddleware, 1), method: HttpMethod.Post),
        Get("path: nowhere", 404, "/nowhere"),
        Get("path: a customer id that is not a number", 404, "/orders/abc"),
        Get("path: a customer id past 64 bits", 404, "/orders/99999999999999999999"),
        Get("path: no such customer", 404, ApiRoutes.Orders(999999999)),
        Get("path: raw middleware, not a number", 404, ApiRoutes.RawBranch + "/abc"),
        Get("path: raw middleware, no id", 404, ApiRoutes.RawBranch + "/"),
        Get("path: raw middleware, no such customer", 404, ApiRoutes.Style(EndpointStyle.RawMiddleware, 999999999)),
        Get("path: minimal API, no such customer", 404, ApiRoutes.Style(EndpointStyle.MinimalApi, 999999999)),
        Get("path: MVC, no such customer", 404, ApiRoutes.Style(EndpointStyle.MvcController, 999999999)),
        // Pages of the order list.
        Get("pages: both a page number and a cursor", 400, ApiRoutes.Pages + "?page=2&after=" + PageCursor.Encode(PageKey.Start)),
        Get("pages: page zero", 400, ApiRoutes.PageNumber(0)),
        Get("pages: a negative page", 400, ApiRoutes.PageNumber(-3)),
        Get("pages: a page past the deepest", 400, ApiRoutes.PageNumber(OrderPaging.MaxPage + 1)),
        Get("pages: a page that is not a number", 400, ApiRoutes.Pages + "?page=two"),
        Get("pages: a page past 32 bits", 400, ApiRoutes.Pages + "?page=99999999999"),
        Get("pages: a cursor that is not base64url", 400, ApiRoutes.PageAfter(new string('@', 22))),
        Get("pages: a cursor of the wrong length", 400, ApiRoutes.PageAfter(System.Buffers.Text.Base64Url.EncodeToString(new byte[8]))),
        Get("pages: a cursor with padding", 400, ApiRoutes.PageAfter(PageCursor.Encode(PageKey.Start) + "==")),
        Get("pages: a cursor with a negative id", 400, ApiRoutes.PageAfter(System.Buffers.Text.Base64Url.EncodeToString([.. new byte[8], .. BitConverter.GetBytes(-1L)]))),
        // Formats.
        Get("accept: text/html", 406, ApiRoutes.Orders(1), accept: "text/html"),
        Get("accept: application/xml", 406, ApiRoutes.Orders(1), accept: "application/xml"),
        Get("accept: JSON refused with q=0", 406, ApiRoutes.Orders(1), accept: "application/json;q=0"),
        // Tokens.
        Get("token: none (JsonWebTokenHandler)", 401, ApiRoutes.Authenticated(NewHandler, 1)),
        Get("token: none (JwtSecurityTokenHandler)", 401, ApiRoutes.Authenticated(LegacyHandler, 1)),
        Token("token: a tampered signature (JsonWebTokenHandler)", NewHandler, keys => Tamper(ApiTokens.Issue(keys, JwtAlgorithm.HS256))),
        Token("token: a tampered signature (JwtSecurityTokenHandler)", LegacyHandler, keys => Tamper(ApiTokens.Issue(keys, JwtAlgorithm.HS256))),
        Token("token: signed by another key", NewHandler, _ => ApiTokens.Issue(ApiKeys.Create(), JwtAlgorithm.HS256)),
        Token("token: expired", NewHandler, keys => ApiTokens.Issue(keys, JwtAlgorithm.HS256, now: DateTime.UtcNow.AddHours(-3))),
        Token("token: expired (JwtSecurityTokenHandler)", LegacyHandler, keys => ApiTokens.Issue(keys, JwtAlgorithm.HS256, now: DateTime.UtcNow.AddHours(-3))),
        Token("token: another audience", NewHandler, keys => ApiTokens.Issue(keys, JwtAlgorithm.HS256, audience: "someone-else")),
        Token("token: another issuer", NewHandler, keys => ApiTokens.Issue(keys, JwtAlgorithm.HS256, issuer: "someone-else")),
        Token("token: unsigned (alg none)", NewHandler, _ => new JsonWebTokenHandler().CreateToken(
            """{"sub":"customer-1","iss":"perflab-lab","aud":"perflab-api","exp":4102444800}""")),
        Token("token: not a token", NewHandler, _ => "abc"),
        Token("token: HS256 where RS256 is required", Rs256, keys => ApiTokens.Issue(keys, JwtAlgorithm.HS256)),
        Get("token: Basic instead of Bearer", 401, ApiRoutes.Authenticated(NewHandler, 1), authorization: "Basic dXNlcjpwYXNz"),
        Get("token: Bearer without a token", 401, ApiRoutes.Authenticated(NewHandler, 1), authorization: "Bearer "),
    ];

    public static TheoryData<string> Names => [.. All.Select(r => r.Name)];

    public static MalformedRequest Named(string name) => All.Single(r => r.Name == name);

    private static MalformedRequest Search(string name, int status, string body, string? contentType = "application/json") =>
        Search(name, status, Encoding.UTF8.GetBytes(body), contentType);

    private static MalformedRequest Search(string name, int status, byte[] body, string? contentType = "application/json") =>
        new(name, status, _ =>
        {
            var content = new ByteArrayContent(body);
            if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            return new HttpRequestMessage(HttpMethod.Post, ApiRoutes.Search) { Content = content };
        });

    private static MalformedRequest Get(string name, int status, string path, HttpMethod? method = null, string? accept = null, string? authorization = null) =>
        new(name, status, _ =>
        {
            var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
            if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
            if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            return request;
        });

    private static MalformedRequest Token(string name, JwtScheme scheme, Func<ApiKeys, string> token) =>
        new(name, 401, keys =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, ApiRoutes.Authenticated(scheme, 1));
            request.Headers.TryAddWithoutValidation("Authorization", ApiTokens.Bearer(token(keys)));
            return request;
        });

    /// <summary>The token with its signature's first character changed.</summary>
    private static string Tamper(string token)
    {
        var signature = token.LastIndexOf('.') + 1;
        return token[..signature] + (token[signature] == 'A' ? 'B' : 'A') + token[(signature + 1)..];
    }
}
