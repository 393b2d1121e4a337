namespace PerfLab.Bench.Api;

/// <summary>
/// The same JSON orders from three ways of writing the endpoint, over HTTP/1.1: a raw terminal middleware on its own
/// branch (no routing, authentication or endpoint machinery), a minimal API endpoint and an MVC controller action. All
/// three serialize the same object with the same source-generated metadata: the difference is what the framework does
/// around the handler.
/// </summary>
[BenchmarkCategory(Categories.Api.EndpointStyle)]
// Iterations of about 100 ms on a warm server, the same in every round: no pilot to size them on a server still
// warming up (results-profile.md, "API suite: fixed invocation counts").
[InvocationCount(600)]
public class EndpointStyleBenchmarks : ApiBenchmark
{
    [GlobalSetup]
    public void Setup() => StartHttp();

    [Benchmark(Baseline = true)]
    public Task<CustomerOrders> Get_RawMiddleware() => Client.GetOrdersAsync(Customers.Next(), EndpointStyle.RawMiddleware);

    [Benchmark]
    public Task<CustomerOrders> Get_MinimalApi() => Client.GetOrdersAsync(Customers.Next(), EndpointStyle.MinimalApi);

    [Benchmark]
    public Task<CustomerOrders> Get_MvcController() => Client.GetOrdersAsync(Customers.Next(), EndpointStyle.MvcController);
}
