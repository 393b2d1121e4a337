namespace PerfLab.Bench.Api;

/// <summary>
/// The orders from an endpoint that tags each customer's representation with a strong ETag: the full 200 response
/// (baseline), a conditional GET whose <c>If-None-Match</c> matches (a 304 without a body; the client hands back the copy
/// it decoded before), and ASP.NET Core's output cache serving the stored response of another endpoint (a 200 with the
/// body, the server skipping the handler and the serializer). The setups first read every customer once, filling the
/// client's cache or the server's.
/// </summary>
[BenchmarkCategory(Categories.Api.HttpCaching)]
// Iterations of about 100 ms on a warm server, the same in every round: no pilot to size them on a server still
// warming up (results-profile.md, "API suite: fixed invocation counts").
[InvocationCount(700)]
public class HttpCachingBenchmarks : ApiBenchmark
{
    private readonly ConditionalCache _cache = new();

    [GlobalSetup(Target = nameof(Get_Full200))]
    public void SetupFull() => StartHttp();

    [GlobalSetup(Target = nameof(Get_NotModified304))]
    public async Task SetupNotModified()
    {
        StartHttp();
        foreach (var id in AllCustomers) await Client.GetETaggedOrdersAsync(id, _cache);
    }

    [GlobalSetup(Target = nameof(Get_OutputCacheHit))]
    public async Task SetupOutputCache()
    {
        StartHttp();
        foreach (var id in AllCustomers) await Client.GetOutputCachedOrdersAsync(id);
    }

    [Benchmark(Baseline = true)]
    public Task<CustomerOrders> Get_Full200() => Client.GetETaggedOrdersAsync(Customers.Next(), cache: null);

    [Benchmark]
    public Task<CustomerOrders> Get_NotModified304() => Client.GetETaggedOrdersAsync(Customers.Next(), _cache);

    [Benchmark]
    public Task<CustomerOrders> Get_OutputCacheHit() => Client.GetOutputCachedOrdersAsync(Customers.Next());
}
