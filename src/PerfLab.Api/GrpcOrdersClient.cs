using Grpc.Core;
using Grpc.Net.Client;

namespace PerfLab.Api;

/// <summary>
/// The gRPC client of <see cref="OrdersGrpc"/>: one channel (one HTTP/2 connection, cleartext) to the server's h2c
/// endpoint, unary calls. A status other than OK throws <see cref="RpcException"/>.
/// </summary>
public sealed class GrpcOrdersClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly CallInvoker _invoker;
    private readonly Method<OrdersRequest, CustomerOrders> _getOrders;

    public GrpcOrdersClient(Uri h2c)
    {
        _channel = GrpcChannel.ForAddress(h2c, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                UseCookies = false,
                UseProxy = false,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                // One connection, however many calls are in flight (the server allows 100 streams).
                EnableMultipleHttp2Connections = false,
            },
            DisposeHttpClient = true,
        });
        _invoker = _channel.CreateCallInvoker();
        _getOrders = OrdersGrpc.GetOrders(bytes => LastBodyBytes = bytes);
    }

    /// <summary>The size of the last response message, in bytes.</summary>
    public int LastBodyBytes { get; private set; }

    public async Task<CustomerOrders> GetOrdersAsync(long customerId, CancellationToken cancellationToken = default)
    {
        using var call = _invoker.AsyncUnaryCall(_getOrders, host: null, new CallOptions(cancellationToken: cancellationToken), new OrdersRequest { CustomerId = customerId });
        return await call.ResponseAsync;
    }

    public void Dispose() => _channel.Dispose();
}
