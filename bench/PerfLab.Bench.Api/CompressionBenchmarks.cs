using System.Globalization;

namespace PerfLab.Bench.Api;

/// <summary>
/// The raw middleware's JSON orders without compression (baseline) against ASP.NET Core's response compression
/// middleware with one provider each: gzip at its default level (fastest), Brotli at fastest and at optimal. The client
/// asks for gzip and Brotli and decompresses (time includes both ends), over loopback, where bytes cost next to
/// nothing: the page's WireBytes column gives what each setting saves on a real link.
/// </summary>
[BenchmarkCategory(Categories.Api.Compression)]
// Iterations of about 100 ms on a warm server, the same in every round: no pilot to size them on a server still
// warming up (results-profile.md, "API suite: fixed invocation counts").
[InvocationCount(500)]
public class CompressionBenchmarks : ApiBenchmark
{
    [GlobalSetup]
    public void Setup() => StartHttp(decompress: true);

    [Benchmark(Baseline = true)]
    public Task<CustomerOrders> Get_Identity() => Client.GetCompressedOrdersAsync(Customers.Next(), ResponseCodec.Identity);

    [Benchmark]
    public Task<CustomerOrders> Get_Gzip() => Client.GetCompressedOrdersAsync(Customers.Next(), ResponseCodec.Gzip);

    [Benchmark]
    public Task<CustomerOrders> Get_BrotliFastest() => Client.GetCompressedOrdersAsync(Customers.Next(), ResponseCodec.BrotliFastest);

    [Benchmark]
    public Task<CustomerOrders> Get_BrotliOptimal() => Client.GetCompressedOrdersAsync(Customers.Next(), ResponseCodec.BrotliOptimal);

    /// <summary>Adds "WireBytes": the mean body as sent (compressed) for the same customers, read by a client that does not decompress.</summary>
    public override IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod)
    {
        var metrics = new Dictionary<string, string>(base.GetLabMetrics(benchmarkMethod));
        var codec = ResponseCodec.All.Single(c => benchmarkMethod.Equals("Get_" + c.Name.Replace("-", ""), StringComparison.OrdinalIgnoreCase));
        using var raw = new ApiClient(Server.Http1);
        long bytes = 0, samples = 0;
        foreach (var id in MetricSample)
        {
            samples++;
            using var request = new HttpRequestMessage(HttpMethod.Get, ApiRoutes.Compressed(codec, id));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
            using var response = raw.SendAsync(request).GetAwaiter().GetResult();
            bytes += response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length;
        }
        metrics["WireBytes"] = (bytes / samples).ToString(CultureInfo.InvariantCulture);
        return metrics;
    }
}
