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

    private void AssertSameOrders(long customerId, CustomerOrders actual, string technique, string? toleratedAspect = null)
    {
        var issues = FidelityComparer.Compare(fixture.Expected.Find(customerId)!, actual).Where(i => i.Aspect != toleratedAspect).ToArray();
        Assert.True(issues.Length == 0, $"{technique}, customer {customerId}: {string.Join("; ", issues)}");
        Assert.NotEmpty(actual.Orders);
    }
}
