using System.Net;

namespace PerfLab.Bench.Api;

/// <summary>
/// The same request for the same orders, one at a time on one connection: REST with JSON over HTTP/1.1 and over HTTP/2
/// (cleartext, prior knowledge), and gRPC unary over HTTP/2 (code-first: the contract marshalled by protobuf-net, the
/// bytes the protobuf wire format row sends). Each row's process starts only its own client.
/// </summary>
[BenchmarkCategory(Categories.Api.Protocol)]
// Iterations of about 100 ms on a warm server, the same in every round: no pilot to size them on a server still
// warming up (results-profile.md, "API suite: fixed invocation counts").
[InvocationCount(500)]
public class ProtocolBenchmarks : ApiBenchmark
{
    [GlobalSetup(Target = nameof(Get_Http11Json))]
    public void SetupHttp11() => StartHttp(HttpVersion.Version11);

    [GlobalSetup(Target = nameof(Get_Http2Json))]
    public void SetupHttp2() => StartHttp(HttpVersion.Version20);

    [GlobalSetup(Target = nameof(Get_GrpcUnary))]
    public void SetupGrpc() => StartGrpc();

    [Benchmark(Baseline = true)]
    public Task<CustomerOrders> Get_Http11Json() => Client.GetOrdersAsync(Customers.Next(), WireFormat.Json);

    [Benchmark]
    public Task<CustomerOrders> Get_Http2Json() => Client.GetOrdersAsync(Customers.Next(), WireFormat.Json);

    [Benchmark]
    public Task<CustomerOrders> Get_GrpcUnary() => Grpc.GetOrdersAsync(Customers.Next());
}
