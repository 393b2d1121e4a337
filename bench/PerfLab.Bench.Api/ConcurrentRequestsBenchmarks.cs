using System.Net;

namespace PerfLab.Bench.Api;

/// <summary>
/// <see cref="InFlight"/> requests issued together and awaited together (time per request), the way a service with
/// concurrent users calls another: HTTP/1.1, which needs a connection per request in flight (the client opens them as
/// needed, up to one per request), against HTTP/2 multiplexing them as streams over one connection, with JSON, and gRPC
/// unary over one channel.
/// </summary>
[BenchmarkCategory(Categories.Api.ConcurrentRequests)]
// Iterations of about 100 ms on a warm server, the same in every round: no pilot to size them on a server still
// warming up (results-profile.md, "API suite: fixed invocation counts").
[InvocationCount(64)]
public class ConcurrentRequestsBenchmarks : ApiBenchmark
{
    /// <summary>Requests in flight at once.</summary>
    public const int InFlight = 16;

    [GlobalSetup(Target = nameof(Get_Http11Connections))]
    public void SetupHttp11() => StartHttp(HttpVersion.Version11);

    [GlobalSetup(Target = nameof(Get_Http2OneConnection))]
    public void SetupHttp2() => StartHttp(HttpVersion.Version20);

    [GlobalSetup(Target = nameof(Get_GrpcOneChannel))]
    public void SetupGrpc() => StartGrpc();

    [Benchmark(Baseline = true, OperationsPerInvoke = InFlight)]
    public Task<int> Get_Http11Connections() => PerfLab.Api.InFlight.OrdersAsync(id => Client.GetOrdersAsync(id, WireFormat.Json), Customers.Next, InFlight);

    [Benchmark(OperationsPerInvoke = InFlight)]
    public Task<int> Get_Http2OneConnection() => PerfLab.Api.InFlight.OrdersAsync(id => Client.GetOrdersAsync(id, WireFormat.Json), Customers.Next, InFlight);

    [Benchmark(OperationsPerInvoke = InFlight)]
    public Task<int> Get_GrpcOneChannel() => PerfLab.Api.InFlight.OrdersAsync(id => Grpc.GetOrdersAsync(id), Customers.Next, InFlight);
}
