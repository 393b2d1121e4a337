using System.Text.Json.Serialization;

namespace PerfLab.Serialization.Contracts;

/// <summary>
/// System.Text.Json's source-generated metadata and fast-path serializers for the contract roots. Default options,
/// so its output is byte for byte what the reflection-based serializer writes.
/// </summary>
[JsonSerializable(typeof(OrderLineDto))]
[JsonSerializable(typeof(OrderDto))]
[JsonSerializable(typeof(CustomerPage))]
[JsonSerializable(typeof(OrderLineFiguresBatch))]
[JsonSerializable(typeof(CustomerOrders))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
