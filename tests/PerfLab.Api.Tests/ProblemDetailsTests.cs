using System.Diagnostics;
using System.Text.Json;

namespace PerfLab.Api.Tests;

/// <summary>The bad-input corpus against the running server: the right status, an RFC 9457 body, the host still up.</summary>
[Collection(ServerCollection.Name)]
public sealed class ProblemDetailsTests(ServerFixture fixture)
{
    [Fact]
    public void The_corpus_has_at_least_40_cases_with_distinct_names() =>
        Assert.InRange(MalformedRequests.All.Select(r => r.Name).Distinct().Count(), 40, int.MaxValue);

    [Theory]
    [MemberData(nameof(MalformedRequests.Names), MemberType = typeof(MalformedRequests))]
    public async Task A_bad_request_gets_its_status_and_a_problem_details_body(string name)
    {
        var bad = MalformedRequests.Named(name);
        using var request = bad.Build(fixture.Server.Keys);
        using var response = await fixture.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(bad.Status == (int)response.StatusCode, $"{name}: expected {bad.Status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(bad.Status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task The_host_survives_the_whole_corpus_and_still_answers()
    {
        foreach (var bad in MalformedRequests.All)
        {
            using var request = bad.Build(fixture.Server.Keys);
            using var response = await fixture.Client.SendAsync(request);
            Assert.True(bad.Status == (int)response.StatusCode, bad.Name);
        }
        Assert.False(Process.GetProcessById(fixture.Server.ProcessId).HasExited);
        Assert.Equal(7, (await fixture.Client.GetOrdersAsync(7, WireFormat.Json)).CustomerId);
    }

    [Fact]
    public async Task A_valid_search_returns_the_first_orders_up_to_the_limit()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiRoutes.Search)
        {
            Content = new StringContent("""{"CustomerId":3,"Limit":2}""", System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await fixture.Client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var orders = WireFormat.Json.Serializer.Deserialize<CustomerOrders>(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(fixture.Expected.Find(3)!.Orders.Take(2).Select(o => o.Id), orders.Orders.Select(o => o.Id));
    }

    [Fact]
    public async Task A_validation_problem_names_the_member()
    {
        using var request = MalformedRequests.Named("range: a page size over the limit").Build(fixture.Server.Keys);
        using var response = await fixture.Client.SendAsync(request);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(nameof(OrderSearch.Limit), out _));
    }
}
