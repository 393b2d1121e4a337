using Grpc.Core;
using PerfLab.Serialization.Serializers;

namespace PerfLab.Api;

/// <summary>
/// The orders as a gRPC unary method (<c>perflab.Orders/GetOrders</c>), code-first: the messages are the contracts
/// themselves, marshalled by protobuf-net (the bytes the protobuf wire format row sends), so the protocol comparison
/// changes the protocol, not the payload's library. The binding is what protoc's generated code would write by hand:
/// ASP.NET Core's gRPC finds <see cref="BindService"/> through the attribute on the service.
/// </summary>
public static class OrdersGrpc
{
    public const string ServiceName = "perflab.Orders";

    /// <summary>The method, with marshallers that report each response's size to <paramref name="onResponseBytes"/> (the client's body-size metric).</summary>
    public static Method<OrdersRequest, CustomerOrders> GetOrders(Action<int>? onResponseBytes = null) =>
        new(MethodType.Unary, ServiceName, nameof(OrdersGrpcService.GetOrders), Marshaller<OrdersRequest>(null), Marshaller<CustomerOrders>(onResponseBytes));

    private static readonly Method<OrdersRequest, CustomerOrders> ServerMethod = GetOrders();

    /// <summary>Binds the service's method (called with a null service when only the method list is wanted).</summary>
    public static void BindService(ServiceBinderBase binder, OrdersGrpcServiceBase? service) =>
        binder.AddMethod(ServerMethod, service is null ? null : service.GetOrders);

    private static Marshaller<T> Marshaller<T>(Action<int>? onBytes)
    {
        IBufferWriterSerializerAdapter protobuf = WireFormat.Protobuf.Serializer;
        return Marshallers.Create<T>(
            (value, context) =>
            {
                protobuf.Serialize(context.GetBufferWriter(), value);
                context.Complete();
            },
            context =>
            {
                var payload = context.PayloadAsNewBuffer();
                onBytes?.Invoke(payload.Length);
                return protobuf.Deserialize<T>(payload);
            });
    }
}

/// <summary>
/// The service's base, as protoc would generate it: ASP.NET Core's gRPC binds the overrides of its virtual methods (the
/// binding attribute sits here), answering UNIMPLEMENTED for any not overridden.
/// </summary>
[BindServiceMethod(typeof(OrdersGrpc), nameof(OrdersGrpc.BindService))]
public abstract class OrdersGrpcServiceBase
{
    public virtual Task<CustomerOrders> GetOrders(OrdersRequest request, ServerCallContext context) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, ""));
}

/// <summary>The server side of <see cref="OrdersGrpc"/>: the catalog's orders, or NOT_FOUND.</summary>
public sealed class OrdersGrpcService(OrderCatalog catalog) : OrdersGrpcServiceBase
{
    public override Task<CustomerOrders> GetOrders(OrdersRequest request, ServerCallContext context) =>
        catalog.Find(request.CustomerId) is { } orders
            ? Task.FromResult(orders)
            : throw new RpcException(new Status(StatusCode.NotFound, ApiHost.NoCustomer(request.CustomerId)));
}
