using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PerfLab.Api;

/// <summary>
/// The one JSON configuration of the server, for minimal APIs and MVC alike: the source-generated contexts, the
/// contracts' own member names, System.Text.Json's default escaping (ASP.NET Core's own default is the relaxed one),
/// and strict input (names case-sensitive, numbers only as numbers), so every style writes the bytes the serialization
/// suite's source-generated serializer writes and every request is read the same way.
/// </summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.TypeInfoResolverChain.Insert(0, ContractJsonContext.Default);
        options.TypeInfoResolverChain.Insert(1, ApiJsonContext.Default);
        options.PropertyNamingPolicy = null;
        options.PropertyNameCaseInsensitive = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Encoder = JavaScriptEncoder.Default;
    }

    /// <summary>The orders' metadata for the raw middleware, which writes without the framework's options.</summary>
    public static JsonTypeInfo<CustomerOrders> CustomerOrders => ContractJsonContext.Default.CustomerOrders;

    /// <summary>A page of the order list, as the server writes it and the client reads it.</summary>
    public static JsonTypeInfo<OrderPage> OrderPage => ApiJsonContext.Default.OrderPage;
}
