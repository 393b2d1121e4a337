using System.Reflection;
using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Api;
using PerfLab.Bench.Common;
using PerfLab.Tests.Shared;
using static PerfLab.Tests.Shared.SuiteShape;

namespace PerfLab.Api.Tests;

/// <summary>The api suite's shape, checked by reflection, and what each benchmark process's setup builds (no benchmark runs here).</summary>
public sealed class BenchmarkSuiteTests
{
    private static readonly Type[] BenchmarkClasses = SuiteShape.BenchmarkClasses(typeof(WireFormatBenchmarks).Assembly);

    private static readonly Dictionary<string, string> Baselines = new()
    {
        [Categories.Api.WireFormat] = nameof(WireFormatBenchmarks.Get_Json),
        [Categories.Api.EndpointStyle] = nameof(EndpointStyleBenchmarks.Get_RawMiddleware),
        [Categories.Api.Authentication] = nameof(AuthenticationBenchmarks.Get_Anonymous),
        [Categories.Api.TokenValidation] = nameof(TokenValidationBenchmarks.Validate_JwtSecurityTokenHandler),
        [Categories.Api.Protocol] = nameof(ProtocolBenchmarks.Get_Http11Json),
        [Categories.Api.ConcurrentRequests] = nameof(ConcurrentRequestsBenchmarks.Get_Http11Connections),
        [Categories.Api.HttpCaching] = nameof(HttpCachingBenchmarks.Get_Full200),
        [Categories.Api.Compression] = nameof(CompressionBenchmarks.Get_Identity),
        [Categories.Api.Pagination] = nameof(PaginationBenchmarks.Page_Cursor),
    };

    [Fact]
    public void Every_category_is_one_class_with_exactly_one_baseline()
        => AssertEveryCategoryIsOneClassWithItsBaseline(BenchmarkClasses, typeof(Categories.Api), Baselines);

    [Fact]
    public void Every_method_is_named_Operation_Technique() =>
        Assert.All(BenchmarkClasses.SelectMany(BenchmarkMethods), m => Assert.Matches("^(Get|Validate|Page)_[A-Z][A-Za-z0-9]+$", m.Name));

    [Fact]
    public void Every_comparison_is_in_exactly_one_part() => AssertPartsHoldEachComparisonOnce("api", BenchmarkClasses);

    [Fact]
    public void No_benchmark_carries_a_retired_ID() =>
        Assert.DoesNotContain(BenchmarkIds(BenchmarkClasses), Categories.Retired.IsRetired);

    /// <summary>Each HTTP row names its technique after the thing it calls: a wire format, an endpoint style, a handler.</summary>
    [Fact]
    public void The_rows_cover_every_format_style_and_handler()
    {
        Assert.Equal(WireFormat.All.Select(f => "Get_" + f.Name).Order(), BenchmarkMethods(typeof(WireFormatBenchmarks)).Select(m => m.Name).Order());
        Assert.Equal(Enum.GetNames<EndpointStyle>().Select(s => "Get_" + s).Order(), BenchmarkMethods(typeof(EndpointStyleBenchmarks)).Select(m => m.Name).Order());
        Assert.Equal(Enum.GetNames<TokenHandlerKind>().Select(h => "Get_" + h).Append("Get_Anonymous").Order(),
            BenchmarkMethods(typeof(AuthenticationBenchmarks)).Select(m => m.Name).Order());
        Assert.Equal(Enum.GetNames<TokenHandlerKind>().Select(h => "Validate_" + h).Order(),
            BenchmarkMethods(typeof(TokenValidationBenchmarks)).Select(m => m.Name).Order());
    }

    /// <summary>
    /// Every class over HTTP fixes its calls per iteration (no pilot sizing iterations on a server still warming up);
    /// the in-process token validation keeps the pilot (results-profile.md, "API suite: fixed invocation counts").
    /// </summary>
    [Fact]
    public void Every_http_class_fixes_its_invocation_count_and_the_in_process_one_does_not()
    {
        Assert.All(BenchmarkClasses.Where(t => t.IsSubclassOf(typeof(ApiBenchmark))),
            t => Assert.True(t.GetCustomAttribute<InvocationCountAttribute>() is not null, t.Name));
        Assert.Null(typeof(TokenValidationBenchmarks).GetCustomAttribute<InvocationCountAttribute>());
    }

    [Fact]
    public void Every_api_finding_names_rows_of_its_comparison()
    {
        var findings = Findings("api");
        Assert.NotEmpty(findings);
        AssertFindingsNameRowsOfTheirComparison(findings, BenchmarkClasses);
    }

    /// <summary>
    /// Each HTTP class's setup starts its own server and client; every row then answers the customer's orders, the
    /// body-size metric is measured, and the cleanup stops the server and removes its folder.
    /// </summary>
    /// <summary>
    /// A load row's setup measures its capacity and offers a quarter of it; one run (a second of requests, open loop)
    /// completes requests without errors or timeouts and records its percentiles; the cleanup stops the server.
    /// </summary>
    [Theory]
    [InlineData(nameof(ApiLoadBenchmarks.Get_Json))]
    [InlineData(nameof(ApiLoadBenchmarks.Get_Protobuf))]
    [InlineData(nameof(ApiLoadBenchmarks.Get_GrpcUnary))]
    [InlineData(nameof(ApiLoadBenchmarks.Get_JsonWebTokenHandlerRs256))]
    public async Task A_load_rows_setup_offers_a_share_of_its_capacity_and_a_run_completes_without_errors(string row)
    {
        var benchmark = new ApiLoadBenchmarks { Load = PerfLab.Load.LoadLevel.Quarter };
        var setup = typeof(ApiLoadBenchmarks).GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>() is { } s && s.Targets.Contains(row));
        await (Task)setup.Invoke(benchmark, null)!;
        var folder = benchmark.Server.Folder;
        try
        {
            var result = (PerfLab.Load.LoadResult)typeof(ApiLoadBenchmarks).GetMethod(row)!.Invoke(benchmark, null)!;
            Assert.True(result.Completed > 0 && result.Errors == 0 && result.Timeouts == 0, $"{row}: {result.Completed} completed, {result.Errors} errors, {result.Timeouts} timeouts");
        }
        finally
        {
            benchmark.GlobalCleanup();
        }
        Assert.True(ServerProcesses.GoneWithin("dotnet", folder, TimeSpan.FromSeconds(10)));
    }

    /// <summary>Every HTTP row, as a case process runs it: its class and the setup BenchmarkDotNet would pick for it.</summary>
    public static TheoryData<string, string> HttpRows
    {
        get
        {
            var rows = new TheoryData<string, string>();
            foreach (var type in BenchmarkClasses.Where(t => t.IsSubclassOf(typeof(ApiBenchmark)) && t != typeof(ApiLoadBenchmarks)))
            {
                foreach (var method in BenchmarkMethods(type)) rows.Add(type.Name, method.Name);
            }
            return rows;
        }
    }

    /// <summary>
    /// A row's setup starts its own server and only the client it uses; the row answers orders, the metrics are measured,
    /// and the cleanup stops the server and removes its folder.
    /// </summary>
    [Theory]
    [MemberData(nameof(HttpRows))]
    public async Task A_rows_setup_starts_a_server_and_its_client_the_row_answers_and_the_cleanup_stops(string className, string row)
    {
        var type = BenchmarkClasses.Single(t => t.Name == className);
        var benchmark = (ApiBenchmark)Activator.CreateInstance(type)!;
        // The deep page (its default 0 is no page).
        if (benchmark is PaginationBenchmarks pagination) pagination.Depth = 1_000;
        var setups = type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is { } s && (s.Targets.Length == 0 || s.Targets.Contains(row))).ToArray();
        if (Assert.Single(setups).Invoke(benchmark, null) is Task setup) await setup;
        var folder = benchmark.Server.Folder;
        try
        {
            object answer = await (dynamic)type.GetMethod(row)!.Invoke(benchmark, null)!;
            Assert.True(answer is CustomerOrders { Orders.Count: > 0 } or OrderPage { Orders.Count: > 0 } or int and > 0, $"{row} answered {answer}");
            var metrics = benchmark.GetLabMetrics(row);
            // A 304 carries no body; concurrent rows report no body size.
            if (metrics.TryGetValue("BodyBytes", out var body))
                Assert.InRange(int.Parse(body, System.Globalization.CultureInfo.InvariantCulture), row == nameof(HttpCachingBenchmarks.Get_NotModified304) ? 0 : 100, 100_000);
            else
                Assert.Equal(typeof(ConcurrentRequestsBenchmarks), type);
            // Uncompressed, what is sent is the body: the two metrics read the same customers.
            if (row == nameof(CompressionBenchmarks.Get_Identity)) Assert.Equal(metrics["BodyBytes"], metrics["WireBytes"]);
            Assert.True(double.Parse(metrics["ClientCpuMicroseconds"], System.Globalization.CultureInfo.InvariantCulture) > 0);
        }
        finally
        {
            benchmark.GlobalCleanup();
        }
        Assert.True(ServerProcesses.GoneWithin("dotnet", folder, TimeSpan.FromSeconds(10)));
    }
}
