using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using PerfLab.Bench.Common;

namespace PerfLab.Bench.Common.Tests;

public sealed class RoundOrdererTests
{
    private static BenchmarkCase[] Cases() =>
        [.. BenchmarkConverter.TypeToBenchmarks(typeof(OrderProbes.ProbeA)).BenchmarksCases,
         .. BenchmarkConverter.TypeToBenchmarks(typeof(OrderProbes.ProbeB)).BenchmarksCases];

    private static string[] Names(IEnumerable<BenchmarkCase> cases) => cases.Select(FullNameProvider.GetBenchmarkName).ToArray();

    [Fact]
    public void Every_case_runs_exactly_once()
    {
        var cases = Cases();
        var order = new RoundOrderer(42).Shuffle(cases);
        Assert.Equal(Names(cases).Order(), Names(order).Order());
    }

    [Fact]
    public void The_same_seed_gives_the_same_order_whatever_order_the_cases_came_in()
    {
        var cases = Cases();
        Assert.Equal(Names(new RoundOrderer(7).Shuffle(cases)), Names(new RoundOrderer(7).Shuffle(cases.Reverse())));
    }

    [Fact]
    public void Different_seeds_give_different_orders()
    {
        var cases = Cases();
        var orders = Enumerable.Range(1, 10).Select(seed => string.Join("|", Names(new RoundOrderer(seed).Shuffle(cases)))).ToArray();
        // 6 cases have 720 orders: ten seeds drawing fewer than eight distinct ones would mean the seed is ignored.
        Assert.True(orders.Distinct().Count() >= 8, string.Join(Environment.NewLine, orders));
    }

    [Fact]
    public void A_round_plan_holds_every_selected_case_of_every_class_in_the_seed_order()
    {
        var config = ManualConfig.CreateEmpty().AddFilter(new SimpleFilter(c => c.Descriptor.Type.DeclaringType == typeof(OrderProbes) && c.Descriptor.Type != typeof(OrderProbes.ProbeOnPostgres)));
        var orderer = new RoundOrderer(3);

        var plan = RoundRunInfo.Create(typeof(OrderProbes).Assembly, config, orderer, NullLogger.Instance)!;

        Assert.Equal(Names(orderer.Shuffle(Cases())), Names(plan.BenchmarksCases));
        // Interleaved: the classes' cases are not run class after class.
        var classes = plan.BenchmarksCases.Select(c => c.Descriptor.Type).ToArray();
        Assert.True(classes.Zip(classes.Skip(1)).Count(pair => pair.First != pair.Second) > 1, string.Join(", ", Names(plan.BenchmarksCases)));
    }

    [Theory]
    [InlineData(Engines.PostgreSql, new[] { "Fifth" })]
    [InlineData(Engines.Sqlite, new[] { "First", "First", "Fourth", "Second", "Second", "Third" })]
    public void A_round_limited_to_one_engine_holds_only_its_cases(string engine, string[] methods)
    {
        var config = ManualConfig.CreateEmpty().AddFilter(new SimpleFilter(c => c.Descriptor.Type.DeclaringType == typeof(OrderProbes)));

        var plan = RoundRunInfo.Create(typeof(OrderProbes).Assembly, config, new RoundOrderer(3), NullLogger.Instance, engine)!;

        Assert.Equal(methods, plan.BenchmarksCases.Select(c => c.Descriptor.WorkloadMethod.Name).Order(StringComparer.Ordinal));
    }
}
