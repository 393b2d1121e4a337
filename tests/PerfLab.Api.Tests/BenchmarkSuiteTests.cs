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
    };

    [Fact]
    public void Every_category_is_one_class_with_exactly_one_baseline()
        => AssertEveryCategoryIsOneClassWithItsBaseline(BenchmarkClasses, typeof(Categories.Api), Baselines);

    [Fact]
    public void Every_method_is_named_Operation_Technique() =>
        Assert.All(BenchmarkClasses.SelectMany(BenchmarkMethods), m => Assert.Matches("^(Get|Validate)_[A-Z][A-Za-z0-9]+$", m.Name));

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
    [Theory]
    [InlineData(typeof(WireFormatBenchmarks))]
    [InlineData(typeof(EndpointStyleBenchmarks))]
    [InlineData(typeof(AuthenticationBenchmarks))]
    public async Task A_setup_starts_a_server_every_row_calls_and_the_cleanup_stops(Type type)
    {
        var benchmark = (ApiBenchmark)Activator.CreateInstance(type)!;
        type.GetMethods().Single(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null).Invoke(benchmark, null);
        var folder = benchmark.Server.Folder;
        try
        {
            foreach (var method in BenchmarkMethods(type))
            {
                var orders = await (Task<CustomerOrders>)method.Invoke(benchmark, null)!;
                Assert.NotEmpty(orders.Orders);
                Assert.InRange(int.Parse(benchmark.GetLabMetrics(method.Name)["BodyBytes"], System.Globalization.CultureInfo.InvariantCulture), 100, 100_000);
            }
        }
        finally
        {
            benchmark.GlobalCleanup();
        }
        Assert.True(ServerProcesses.GoneWithin("dotnet", folder, TimeSpan.FromSeconds(10)));
    }
}
