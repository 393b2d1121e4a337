using System.Globalization;

namespace PerfLab.Bench.Api;

/// <summary>
/// The suite's one setup for rows over HTTP: the lab's server started in a process of its own (on its own CPUs when the
/// placement is split, <see cref="ServerPlacement"/>), one client with one pooled HTTP/1.1 connection to it, and the
/// customers in a fixed shuffled order, so every request asks for another customer's orders. Each case process starts
/// its own server: no row's server has served another row's endpoint.
/// </summary>
public abstract class ApiBenchmark : ILabMetricSource
{
    /// <summary>Seed of the customer order, fixed so every run asks for the same customers in the same order.</summary>
    protected const int Seed = 20261205;

    /// <summary>Responses averaged for the body-size metric: a spread of customers with different order lines.</summary>
    private const int MetricRequests = 200;

    private ApiServer? _server;

    /// <summary>The server of this process (null until a setup ran): public so tests can see what a setup started.</summary>
    public ApiServer Server => _server ?? throw new InvalidOperationException("no setup has run");

    /// <summary>The client of this process (null until a setup ran).</summary>
    public ApiClient Client { get; private set; } = null!;

    protected KeyCycle<long> Customers { get; private set; } = null!;

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        Client?.Dispose();
        _server?.Dispose();
    }

    /// <summary>Per method: the mean body size of its responses ("BodyBytes"), asked after the setup has run.</summary>
    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var call = GetType().GetMethod(benchmarkMethod) ?? throw new ArgumentException($"no method {benchmarkMethod}", nameof(benchmarkMethod));
        long bytes = 0;
        for (var i = 0; i < MetricRequests; i++)
        {
            ((Task)call.Invoke(this, null)!).GetAwaiter().GetResult();
            bytes += Client.LastBodyBytes;
        }
        return new Dictionary<string, string> { ["BodyBytes"] = (bytes / MetricRequests).ToString(CultureInfo.InvariantCulture) };
    }

    /// <summary>The first step of every setup: the server, the client and the customer order.</summary>
    protected void StartServer()
    {
        _server = ApiServer.Start();
        ServerPlacement.Enter("API server", [_server.ProcessId]);
        Client = new ApiClient(_server.Http1);
        Customers = KeyCycle.ShuffledIds(OrderCatalog.DefaultCustomers, Seed);
    }
}
