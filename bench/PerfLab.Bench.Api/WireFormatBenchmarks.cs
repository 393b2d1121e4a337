namespace PerfLab.Bench.Api;

/// <summary>
/// The same orders by content negotiation on one endpoint (<c>GET /orders/{id}</c>, <c>Accept</c> choosing the format),
/// over HTTP/1.1: JSON against MessagePack and protobuf, each written by the server straight into the response and
/// decoded by the client with the same library (the serialization suite's adapters). The page's BodyBytes column is the
/// mean body size on the wire.
/// </summary>
[BenchmarkCategory(Categories.Api.WireFormat)]
// Iterations of about 100 ms on a warm server, the same in every round: no pilot to size them on a server still
// warming up (results-profile.md, "API suite: fixed invocation counts").
[InvocationCount(700)]
public class WireFormatBenchmarks : ApiBenchmark
{
    [GlobalSetup]
    public void Setup() => StartHttp();

    [Benchmark(Baseline = true)]
    public Task<CustomerOrders> Get_Json() => Client.GetOrdersAsync(Customers.Next(), WireFormat.Json);

    [Benchmark]
    public Task<CustomerOrders> Get_MessagePack() => Client.GetOrdersAsync(Customers.Next(), WireFormat.MessagePack);

    [Benchmark]
    public Task<CustomerOrders> Get_Protobuf() => Client.GetOrdersAsync(Customers.Next(), WireFormat.Protobuf);
}
