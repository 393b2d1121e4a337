using Dapper;
using PerfLab.Data.Sqlite.QueryVariants;
using PerfLab.Queries;
using PerfLab.Queries.Model;
using PerfLab.Queries.Pagination;
using PerfLab.Serialization.Fidelity;

namespace PerfLab.Api.Tests;

/// <summary>
/// Every technique of every comparison does the same work: each answer decodes to the very orders the catalog holds
/// for the customer asked (field by field, stricter than equality: decimal scale, DateTime kinds, offsets).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class SameWorkTests(ServerFixture fixture)
{
    /// <summary>Customers spread over the catalog, first and last included.</summary>
    public static TheoryData<long> Customers => [1, 2, 17, 250, ServerFixture.Customers];

    [Theory]
    [MemberData(nameof(Customers))]
    public async Task Every_wire_format_decodes_to_the_same_orders(long customerId)
    {
        foreach (var format in WireFormat.All)
        {
            // protobuf has no DateTime kind on the wire: protobuf-net reads the contract's UTC DateTimes back as
            // Unspecified (the serialization page's fidelity note); every value is the same.
            var tolerated = format == WireFormat.Protobuf ? FidelityAspects.DateTimeKind : null;
            AssertSameOrders(customerId, await fixture.Client.GetOrdersAsync(customerId, format), format.Name, tolerated);
        }
    }

    [Theory]
    [MemberData(nameof(Customers))]
    public async Task Every_protocol_decodes_to_the_same_orders(long customerId)
    {
        using var http2 = new ApiClient(fixture.Server.H2c, System.Net.HttpVersion.Version20);
        using var grpc = new GrpcOrdersClient(fixture.Server.H2c);
        AssertSameOrders(customerId, await fixture.Client.GetOrdersAsync(customerId, WireFormat.Json), "HTTP/1.1");
        AssertSameOrders(customerId, await http2.GetOrdersAsync(customerId, WireFormat.Json), "HTTP/2");
        // gRPC carries the protobuf row's bytes: the same tolerance for the DateTime kind.
        AssertSameOrders(customerId, await grpc.GetOrdersAsync(customerId), "gRPC", FidelityAspects.DateTimeKind);
        Assert.Equal(grpc.LastBodyBytes, WireFormat.Protobuf.Serializer.Serialize(fixture.Expected.Find(customerId)!).Length);
    }

    [Fact]
    public async Task Requests_in_flight_together_bring_back_every_order_they_asked_for()
    {
        using var http2 = new ApiClient(fixture.Server.H2c, System.Net.HttpVersion.Version20);
        using var grpc = new GrpcOrdersClient(fixture.Server.H2c);
        var expected = Enumerable.Range(1, 16).Sum(id => fixture.Expected.Find(id)!.Orders.Count);
        Func<long> Ids() { var next = 0L; return () => ++next; }

        Assert.Equal(expected, await InFlight.OrdersAsync(id => fixture.Client.GetOrdersAsync(id, WireFormat.Json), Ids(), 16));
        Assert.Equal(expected, await InFlight.OrdersAsync(id => http2.GetOrdersAsync(id, WireFormat.Json), Ids(), 16));
        Assert.Equal(expected, await InFlight.OrdersAsync(id => grpc.GetOrdersAsync(id), Ids(), 16));
    }

    [Fact]
    public async Task A_grpc_call_for_no_such_customer_is_NOT_FOUND_and_the_channel_keeps_working()
    {
        using var grpc = new GrpcOrdersClient(fixture.Server.H2c);
        var error = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => grpc.GetOrdersAsync(999_999_999));
        Assert.Equal(Grpc.Core.StatusCode.NotFound, error.StatusCode);
        Assert.Equal(3, (await grpc.GetOrdersAsync(3)).CustomerId);
    }

    [Theory]
    [MemberData(nameof(Customers))]
    public async Task A_revalidated_copy_an_output_cached_answer_and_the_full_answer_are_the_same_orders(long customerId)
    {
        var cache = new ConditionalCache();
        var full = await fixture.Client.GetETaggedOrdersAsync(customerId, cache);
        AssertSameOrders(customerId, full, "full 200");
        Assert.True(cache.TryGet(customerId, out var etag, out _));
        Assert.Equal(fixture.Expected.ETag(customerId), etag);

        // The second read is a 304: no body, the first answer's object handed back.
        Assert.Same(full, await fixture.Client.GetETaggedOrdersAsync(customerId, cache));
        Assert.Equal(0, fixture.Client.LastBodyBytes);

        AssertSameOrders(customerId, await fixture.Client.GetOutputCachedOrdersAsync(customerId), "output cache (miss)");
        using var again = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, ApiRoutes.OutputCached(customerId)));
        Assert.NotNull(again.Headers.Age); // served from the output cache
        AssertSameOrders(customerId, WireFormat.Json.Serializer.Deserialize<CustomerOrders>(await again.Content.ReadAsByteArrayAsync()), "output cache (hit)");
    }

    [Fact]
    public async Task A_stale_or_foreign_etag_gets_the_full_answer()
    {
        foreach (var validator in new[] { "\"stale\"", fixture.Expected.ETag(2)!, "W/\"weak-but-wrong\"" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ApiRoutes.ETagged(1));
            request.Headers.TryAddWithoutValidation("If-None-Match", validator);
            using var response = await fixture.Client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
        using var any = new HttpRequestMessage(HttpMethod.Get, ApiRoutes.ETagged(1));
        any.Headers.TryAddWithoutValidation("If-None-Match", "*");
        Assert.Equal(System.Net.HttpStatusCode.NotModified, (await fixture.Client.SendAsync(any)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Customers))]
    public async Task Every_compression_setting_decodes_to_the_same_orders_and_says_its_encoding(long customerId)
    {
        using var decompressing = new ApiClient(fixture.Server.Http1, decompress: true);
        var sizes = new Dictionary<string, int>();
        foreach (var codec in ResponseCodec.All)
        {
            AssertSameOrders(customerId, await decompressing.GetCompressedOrdersAsync(customerId, codec), codec.Name);
            using var request = new HttpRequestMessage(HttpMethod.Get, ApiRoutes.Compressed(codec, customerId));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
            using var response = await fixture.Client.SendAsync(request);
            Assert.Equal(codec.ContentEncoding is null ? [] : [codec.ContentEncoding], response.Content.Headers.ContentEncoding);
            sizes[codec.Name] = (await response.Content.ReadAsByteArrayAsync()).Length;
        }
        Assert.True(sizes["brotli-optimal"] <= sizes["brotli-fastest"] && sizes["gzip"] < sizes["identity"] && sizes["brotli-fastest"] < sizes["identity"], string.Join(", ", sizes));
    }

    [Fact]
    public async Task A_customer_without_orders_is_an_empty_list_in_every_format_and_protocol()
    {
        var id = Enumerable.Range(1, ServerFixture.Customers).First(i => fixture.Expected.Find(i)!.Orders.Count == 0);
        using var grpc = new GrpcOrdersClient(fixture.Server.H2c);
        foreach (var format in WireFormat.All) Assert.Empty((await fixture.Client.GetOrdersAsync(id, format)).Orders);
        Assert.Empty((await grpc.GetOrdersAsync(id)).Orders);
    }

    [Fact]
    public async Task Each_format_answers_in_its_own_media_type_and_the_binary_ones_are_smaller()
    {
        var sizes = new Dictionary<string, int>();
        foreach (var format in WireFormat.All)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, ApiRoutes.Orders(1));
            request.Headers.TryAddWithoutValidation("Accept", format.MediaType);
            using var response = await fixture.Client.SendAsync(request);
            Assert.Equal(format.MediaType, response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("Accept", response.Headers.Vary);
            sizes[format.Name] = (await response.Content.ReadAsByteArrayAsync()).Length;
        }
        Assert.True(sizes["MessagePack"] < sizes["Json"] && sizes["Protobuf"] < sizes["Json"], string.Join(", ", sizes));
    }

    [Theory]
    [MemberData(nameof(Customers))]
    public async Task Every_endpoint_style_decodes_to_the_same_orders_in_the_same_json(long customerId)
    {
        var bodies = new List<string>();
        foreach (var style in Enum.GetValues<EndpointStyle>())
        {
            AssertSameOrders(customerId, await fixture.Client.GetOrdersAsync(customerId, style), style.ToString());
            using var response = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, ApiRoutes.Style(style, customerId)));
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }
        // Byte for byte the same document: the styles differ only in the framework around the handler.
        Assert.True(bodies.Distinct().Count() == 1, string.Join("\n", bodies));
    }

    [Theory]
    [MemberData(nameof(Customers))]
    public async Task Every_authentication_scheme_decodes_to_the_same_orders(long customerId)
    {
        AssertSameOrders(customerId, await fixture.Client.GetOrdersAsync(customerId, scheme: null, authorization: null), "anonymous");
        foreach (var scheme in JwtScheme.All)
        {
            var authorization = ApiTokens.Bearer(ApiTokens.Issue(fixture.Server.Keys, scheme.Algorithm));
            AssertSameOrders(customerId, await fixture.Client.GetOrdersAsync(customerId, scheme, authorization), scheme.Name);
        }
    }

    [Theory]
    [InlineData(JwtAlgorithm.HS256)]
    [InlineData(JwtAlgorithm.RS256)]
    [InlineData(JwtAlgorithm.ES256)]
    public async Task Both_handlers_accept_the_same_token_with_the_same_subject_and_refuse_the_same_forgery(JwtAlgorithm algorithm)
    {
        var keys = ApiKeys.Create();
        var validation = new TokenValidation(keys, algorithm);
        var token = ApiTokens.Issue(keys, algorithm, subject: "customer-42");

        var identities = new[] { await validation.WithJsonWebTokenHandlerAsync(token), validation.WithJwtSecurityTokenHandler(token) };
        // The legacy handler maps "sub" to its long claim type; the value is what both must carry.
        Assert.All(identities, identity => Assert.Contains(identity.Claims, c => c.Value == "customer-42"));
        Assert.All(identities, identity => Assert.True(identity.IsAuthenticated));

        var forged = ApiTokens.Issue(ApiKeys.Create(), algorithm, subject: "customer-42");
        await Assert.ThrowsAnyAsync<Microsoft.IdentityModel.Tokens.SecurityTokenException>(() => validation.WithJsonWebTokenHandlerAsync(forged));
        Assert.ThrowsAny<Microsoft.IdentityModel.Tokens.SecurityTokenException>(() => validation.WithJwtSecurityTokenHandler(forged));
    }

    /// <summary>
    /// A page by its number and the same page by the cursor the benchmark follows to it hold the same rows, the rows the
    /// queries suite's own OFFSET technique reads from the database (pages 1 to the empty one after the last).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task A_page_by_number_and_by_cursor_is_the_same_orders_the_database_holds_there(int depth)
    {
        var pages = 9 - depth + 1;
        var numbers = PerfLab.Bench.Api.PaginationBenchmarks.NumberLinks(depth, pages);
        var cursors = await PerfLab.Bench.Api.PaginationBenchmarks.CursorLinks(fixture.Client, depth, pages);
        using var lab = QueryLab.Open(OrderListVariant.Normalized, ServerFixture.OrdersScale);
        var pagesDirect = new OrderPages(lab);
        for (var i = 0; i < pages; i++)
        {
            var byNumber = await fixture.Client.GetPageAsync(numbers[i]);
            var byCursor = await fixture.Client.GetPageAsync(cursors[i]);
            var expected = pagesDirect.OffsetAdo(new PageRequest(depth + i, PageKey.Start));
            Assert.Equal(expected, byNumber.Orders);
            Assert.Equal(expected, byCursor.Orders);
        }
    }

    /// <summary>Following either style's next links from the first page reads every order once, in order, and ends.</summary>
    [Fact]
    public async Task Following_either_styles_links_reads_every_order_once_in_order()
    {
        using var lab = QueryLab.Open(OrderListVariant.Normalized, ServerFixture.OrdersScale);
        var all = lab.Connection.Query<long>("SELECT Id FROM Orders ORDER BY OrderedAt, Id").ToList();
        foreach (var first in new[] { ApiRoutes.PageNumber(1), ApiRoutes.Pages, ApiRoutes.PageAfter(PageCursor.Encode(PageKey.Start)) })
        {
            var read = new List<long>();
            for (var link = first; link is not null;)
            {
                var page = await fixture.Client.GetPageAsync(link);
                read.AddRange(page.Orders.Select(o => o.Id));
                Assert.True(read.Count <= all.Count, $"{first}: the links do not end");
                link = page.Next;
            }
            Assert.Equal(all, read);
        }
    }

    [Fact]
    public void A_cursor_round_trips_its_key_and_nothing_else_decodes()
    {
        var key = new PageKey(new DateTime(2026, 12, 5, 4, 30, 0, DateTimeKind.Utc).AddTicks(1234567), 987_654_321);
        Assert.True(PageCursor.TryDecode(PageCursor.Encode(key), out var decoded));
        Assert.Equal(key, decoded);
        Assert.Equal(22, PageCursor.Encode(key).Length);
        foreach (var bad in new[] { null, "", "@@", new string('@', 22), PageCursor.Encode(key) + "A", PageCursor.Encode(key)[..^1], PageCursor.Encode(key) + "==" })
            Assert.False(PageCursor.TryDecode(bad, out _), bad);
    }

    private void AssertSameOrders(long customerId, CustomerOrders actual, string technique, string? toleratedAspect = null)
    {
        var issues = FidelityComparer.Compare(fixture.Expected.Find(customerId)!, actual).Where(i => i.Aspect != toleratedAspect).ToArray();
        Assert.True(issues.Length == 0, $"{technique}, customer {customerId}: {string.Join("; ", issues)}");
    }
}
