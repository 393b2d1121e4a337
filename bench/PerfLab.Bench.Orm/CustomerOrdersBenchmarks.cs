using BenchmarkDotNet.Attributes;
using PerfLab.Bench.Common;
using PerfLab.Data.Generation;
using PerfLab.Orm.Model;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Bench.Orm;

/// <summary>A customer's orders with their lines (~4 parents, ~16 children): how each technique loads a graph.</summary>
[BenchmarkCategory(Categories.Orm.ParentWithChildren)]
public class CustomerOrdersBenchmarks : OrmBenchmark, ILabMetricSource
{
    private CustomerOrders _scenario = null!;
    private KeyCycle<long> _keys = null!;

    // One size: the graph per customer is the same at every scale (~4 orders, ~16 lines); 100,000 customers make
    // both indexes and tables realistically larger than the page cache.
    [Params(100_000)]
    public override int Scale { get; set; }

    [Benchmark(Baseline = true), MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderWithLines> Graph_AdoJoinNewCommand() => _scenario.AdoJoinNewCommand(_keys.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderWithLines> Graph_AdoNPlusOneNewCommand() => _scenario.AdoNPlusOneNewCommand(_keys.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderWithLines> Graph_DapperMultiMap() => _scenario.DapperMultiMap(_keys.Next());

    [Benchmark, MethodWarmupCount(HandWrittenWarmup)]
    public List<OrderWithLines> Graph_DapperQueryMultiple() => _scenario.DapperQueryMultiple(_keys.Next());

    [Benchmark]
    public List<OrderWithLines> Graph_EfInclude() => _scenario.EfInclude(_keys.Next());

    [Benchmark]
    public List<OrderWithLines> Graph_EfSplitQuery() => _scenario.EfSplitQuery(_keys.Next());

    [Benchmark]
    public List<OrderWithLines> Graph_EfNPlusOne() => _scenario.EfNPlusOne(_keys.Next());

    protected override void Setup()
    {
        _scenario = new CustomerOrders(Access);
        _keys = KeyCycle.ShuffledIds(Scale);
    }

    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => Metrics(CustomerOrders.JoinSql, ("$customerId", 1L));
}
