namespace PerfLab.Api.Tests;

/// <summary>
/// One server for the tests that only call it (started once: a start-up builds a catalog and JIT-compiles the host),
/// with a small catalog and a small orders database for its pages, and the same catalog built here: what every response
/// must decode to.
/// </summary>
public sealed class ServerFixture : IDisposable
{
    public const int Customers = 500;

    /// <summary>The orders database's customers: 400 orders, eight full pages and an empty ninth.</summary>
    public const int OrdersScale = 100;

    public ServerFixture()
    {
        Server = ApiServer.Start(Customers, ordersScale: OrdersScale);
        Client = new ApiClient(Server.Http1);
        Expected = OrderCatalog.Create(Customers);
    }

    public ApiServer Server { get; }
    public ApiClient Client { get; }
    public OrderCatalog Expected { get; }

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "api server";
}
