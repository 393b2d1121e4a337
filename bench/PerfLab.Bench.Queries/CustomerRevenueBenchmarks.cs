using System.Globalization;
using PerfLab.Queries.Aggregation;

namespace PerfLab.Bench.Queries;

/// <summary>
/// Revenue per customer over a segment of 10,000 customers (about 40,000 orders): the top 10 whose revenue reaches
/// a minimum, computed by SQLite (hand-written GROUP BY … HAVING … ORDER BY … LIMIT, or EF Core's translation of
/// the same LINQ) or by loading the segment's orders into EF Core entities and grouping them in memory
/// (non-idiomatic: the accidental client evaluation). Segments rotate. RowsTransferred reports the rows each
/// technique brings out of the database per call.
/// </summary>
// Measured (bench/PerfLab.Bench.Common/results-profile.md, queries): with 40 warm-up iterations of 4 calls (43-94 ms
// each) every row was within 10% of its median from the first; EF Core's translation is a small part of a call here.
[WarmupCount(10)]
[BenchmarkCategory(Categories.Queries.Aggregation)]
public class CustomerRevenueBenchmarks : QueriesBenchmark
{
    private CustomerRevenueQuery _query = null!;
    private KeyCycle<Segment> _segments = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lab = Open(OrderListVariant.Normalized);
        _query = new CustomerRevenueQuery(lab);
        _segments = CustomerRevenueQuery.Segments(lab.CustomerCount);
    }

    [Benchmark(Baseline = true)]
    public List<CustomerRevenue> Revenue_DatabaseSql() => _query.DatabaseSql(_segments.Next());

    [Benchmark]
    public List<CustomerRevenue> Revenue_EfGroupBy() => _query.EfGroupBy(_segments.Next());

    [Benchmark]
    public List<CustomerRevenue> Revenue_EfClientSide() => _query.EfClientSide(_segments.Next());

    protected override string? PlanOf(string benchmarkMethod)
    {
        var segment = new Segment(1, CustomerRevenueQuery.CustomersPerSegment);
        return benchmarkMethod switch
        {
            nameof(Revenue_DatabaseSql) => Lab!.DescribePlan(CustomerRevenueQuery.Sql, ("$from", segment.From), ("$to", segment.To),
                ("$minimum", CustomerRevenueQuery.MinimumRevenueCents), ("$top", CustomerRevenueQuery.Top)),
            nameof(Revenue_EfGroupBy) => Lab!.DescribePlan(context => CustomerRevenueQuery.EfQuery(context, segment)),
            _ => null,
        };
    }

    /// <summary>RowsTransferred: rows out of the database per call, averaged over every segment of the rotation.</summary>
    protected override IEnumerable<(string Name, string Value)> MoreMetrics(string benchmarkMethod)
    {
        var technique = benchmarkMethod["Revenue_".Length..];
        var segments = CustomerRevenueQuery.Segments(Lab!.CustomerCount);
        var total = Enumerable.Range(0, segments.Length).Sum(_ => _query.RowsTransferred(technique, segments.Next()));
        yield return ("RowsTransferred", Math.Round((double)total / segments.Length).ToString("0", CultureInfo.InvariantCulture));
    }
}
