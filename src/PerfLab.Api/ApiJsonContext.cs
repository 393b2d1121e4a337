using System.Text.Json.Serialization;

namespace PerfLab.Api;

/// <summary>The server's own JSON types, source-generated (the payloads are the serialization suite's contracts).</summary>
[JsonSerializable(typeof(OrderSearch))]
[JsonSerializable(typeof(OrderPage))]
[JsonSerializable(typeof(ApiKeys.KeyFile))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
