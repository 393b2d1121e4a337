using PerfLab.Load;

namespace PerfLab.Bench.Api;

/// <summary>
/// Rows of the wire format, protocol and authentication comparisons under load: requests offered open loop
/// (<see cref="OfferedLoad"/>) at a quarter, a half and three quarters of the rate one caller reaches back to back,
/// measured in the setup, each iteration one second of requests whose latency counts from their intended start (so a
/// stall counts against every request it delays). The numbers are the percentiles of the <c>Load</c> block, with the
/// achieved rate, errors, timeouts and both processes' CPU time; not the time (always about a second). Client and
/// server share this machine: compare percentiles at the same share of each row's own capacity, not absolute rates.
/// </summary>
[BenchmarkCategory(Categories.Api.Load)]
// One invocation (a one-second run) per iteration; the capacity measurement has already run the request back to back
// for three seconds, as for the lab's other load rows (results-profile.md, "Load rows").
[WarmupCount(2), InvocationCount(1)]
public class ApiLoadBenchmarks : ApiBenchmark
{
    private OfferedLoad _load = null!;
    private string _authorization = "";
    private static readonly JwtScheme Rs256 = new(JwtAlgorithm.RS256, TokenHandlerKind.JsonWebTokenHandler);

    [ParamsAllValues]
    public LoadLevel Load { get; set; }

    [GlobalSetup(Target = nameof(Get_Json))]
    public Task SetupJson()
    {
        StartHttp();
        return OfferAsync(ct => Client.GetOrdersAsync(Customers.NextConcurrent(), WireFormat.Json, ct));
    }

    [GlobalSetup(Target = nameof(Get_Protobuf))]
    public Task SetupProtobuf()
    {
        StartHttp();
        return OfferAsync(ct => Client.GetOrdersAsync(Customers.NextConcurrent(), WireFormat.Protobuf, ct));
    }

    [GlobalSetup(Target = nameof(Get_GrpcUnary))]
    public Task SetupGrpc()
    {
        StartGrpc();
        return OfferAsync(ct => Grpc.GetOrdersAsync(Customers.NextConcurrent(), ct));
    }

    [GlobalSetup(Target = nameof(Get_JsonWebTokenHandlerRs256))]
    public Task SetupJwt()
    {
        StartHttp();
        _authorization = ApiTokens.Bearer(ApiTokens.Issue(Server.Keys, JwtAlgorithm.RS256));
        return OfferAsync(ct => Client.GetOrdersAsync(Customers.NextConcurrent(), Rs256, _authorization, ct));
    }

    /// <summary>JSON over HTTP/1.1 (the client opens a connection per request in flight).</summary>
    [Benchmark]
    public LoadResult Get_Json() => LoadRecorder.Record(_load.Run());

    /// <summary>protobuf over HTTP/1.1.</summary>
    [Benchmark]
    public LoadResult Get_Protobuf() => LoadRecorder.Record(_load.Run());

    /// <summary>gRPC unary, every request a stream on one HTTP/2 connection.</summary>
    [Benchmark]
    public LoadResult Get_GrpcUnary() => LoadRecorder.Record(_load.Run());

    /// <summary>JSON over HTTP/1.1 with an RS256 bearer token validated by JsonWebTokenHandler on every request.</summary>
    [Benchmark]
    public LoadResult Get_JsonWebTokenHandlerRs256() => LoadRecorder.Record(_load.Run());

    /// <summary>None: a call is a second of load; the Load block carries the bytes' and CPU's story.</summary>
    public override IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => new Dictionary<string, string>();

    private async Task OfferAsync(Func<CancellationToken, Task> request)
    {
        _load = await OfferedLoad.MeasureAsync(async ct => await request(ct), Load, ProcessCpu.Sampler(() => [Server.ProcessId]));
        LoadRecorder.Start(_load);
    }
}
