using System.Globalization;
using System.Net;
using PerfLab.Load;

namespace PerfLab.Bench.Api;

/// <summary>
/// The suite's one setup for rows over HTTP: the lab's server started in a process of its own (on its own CPUs when the
/// placement is split, <see cref="ServerPlacement"/>), the one client the row uses (HTTP/1.1, HTTP/2 or gRPC, one pooled
/// connection unless the row opens more), and the customers in a fixed shuffled order, so every request asks for
/// another customer's orders. Each case process starts its own server: no row's server has served another row's endpoint.
/// </summary>
public abstract class ApiBenchmark : ILabMetricSource
{
    /// <summary>Seed of the customer order, fixed so every run asks for the same customers in the same order.</summary>
    protected const int Seed = 20261205;

    /// <summary>
    /// Calls made for the metrics: enough that the processes' CPU clocks (10 ms ticks in /proc) resolve a few
    /// microseconds per request.
    /// </summary>
    private const int MetricCalls = 2_000;

    /// <summary>Uncounted calls before the metrics' calls: the rows' warm-up curves were flat after about 1.5 s of calls.</summary>
    private static readonly TimeSpan MetricWarmup = TimeSpan.FromSeconds(2);

    private ApiServer? _server;
    private ApiClient? _client;
    private GrpcOrdersClient? _grpc;

    /// <summary>The server of this process (after a setup): public so tests can see what a setup started.</summary>
    public ApiServer Server => _server ?? throw new InvalidOperationException("no setup has run");

    /// <summary>The HTTP client of this process, when the row uses one.</summary>
    public ApiClient Client => _client ?? throw new InvalidOperationException("this row's setup started no HTTP client");

    /// <summary>The gRPC client of this process, when the row uses one.</summary>
    public GrpcOrdersClient Grpc => _grpc ?? throw new InvalidOperationException("this row's setup started no gRPC client");

    protected KeyCycle<long> Customers { get; private set; } = null!;

    /// <summary>Every customer of the server's catalog, in id order (setups that fill a cache read each once).</summary>
    protected static IEnumerable<long> AllCustomers => Enumerable.Range(1, OrderCatalog.DefaultCustomers).Select(id => (long)id);

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _client?.Dispose();
        _grpc?.Dispose();
        _server?.Dispose();
    }

    /// <summary>
    /// Per method, over <see cref="MetricCalls"/> calls after as many warm-up calls, for the first customers of the
    /// benchmark's own order: the CPU time the client process and the server process spent per request ("ClientCpuMicroseconds",
    /// "ServerCpuMicroseconds"; client and server share this machine's cores), and for rows of one request per call the
    /// mean size of the response bodies ("BodyBytes"; a row of concurrent requests would only see its last one).
    /// </summary>
    public virtual IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var method = GetType().GetMethod(benchmarkMethod) ?? throw new ArgumentException($"no method {benchmarkMethod}", nameof(benchmarkMethod));
        var perCall = method.GetCustomAttributes(typeof(BenchmarkAttribute), true).Cast<BenchmarkAttribute>().Single().OperationsPerInvoke;
        // The host runs this after the setup, on cold code in both processes: the first calls JIT-compile and would be
        // counted as CPU per request. Calls first, uncounted, for as long as the rows took to reach steady state
        // (results-profile.md, "API suite: fixed invocation counts").
        Customers = MetricCustomers();
        var warming = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < MetricCalls || warming.Elapsed < MetricWarmup; i++) ((Task)method.Invoke(this, null)!).GetAwaiter().GetResult();
        Customers = MetricCustomers();
        var serverCpu = ProcessCpu.Sampler(() => [Server.ProcessId]);
        var (client0, server0) = (ProcessCpu.Now(), serverCpu?.Invoke());
        long bytes = 0;
        for (var i = 0; i < MetricCalls; i++)
        {
            ((Task)method.Invoke(this, null)!).GetAwaiter().GetResult();
            bytes += _grpc?.LastBodyBytes ?? Client.LastBodyBytes;
        }
        var requests = (double)MetricCalls * perCall;
        var metrics = new Dictionary<string, string>
        {
            ["ClientCpuMicroseconds"] = ((ProcessCpu.Now() - client0).TotalMicroseconds / requests).ToString("0.0", CultureInfo.InvariantCulture),
        };
        if (serverCpu is not null) metrics["ServerCpuMicroseconds"] = ((serverCpu() - server0!.Value).TotalMicroseconds / requests).ToString("0.0", CultureInfo.InvariantCulture);
        if (perCall == 1) metrics["BodyBytes"] = (bytes / MetricCalls).ToString(CultureInfo.InvariantCulture);
        return metrics;
    }

    /// <summary>The customers the metrics ask for: the first <see cref="MetricCalls"/> of the benchmark's order.</summary>
    protected static IEnumerable<long> MetricSample
    {
        get
        {
            var customers = MetricCustomers();
            return Enumerable.Range(0, MetricCalls).Select(_ => customers.Next()).ToArray();
        }
    }

    private static KeyCycle<long> MetricCustomers() => KeyCycle.ShuffledIds(OrderCatalog.DefaultCustomers, Seed);

    /// <summary>The server, an HTTP client of <paramref name="version"/> (default HTTP/1.1) and the customer order.</summary>
    /// <param name="decompress">The client asks for gzip and Brotli and decompresses.</param>
    /// <param name="ordersScale">The server also serves the order list's pages from the queries suite's database at this scale.</param>
    protected void StartHttp(Version? version = null, bool decompress = false, int? ordersScale = null)
    {
        StartServer(ordersScale);
        _client = new ApiClient(version == HttpVersion.Version20 ? Server.H2c : Server.Http1, version, decompress);
    }

    /// <summary>The server, a gRPC client and the customer order.</summary>
    protected void StartGrpc()
    {
        StartServer();
        _grpc = new GrpcOrdersClient(Server.H2c);
    }

    private void StartServer(int? ordersScale = null)
    {
        _server = ApiServer.Start(ordersScale: ordersScale);
        ServerPlacement.Enter("API server", [_server.ProcessId]);
        Customers = MetricCustomers();
    }
}
