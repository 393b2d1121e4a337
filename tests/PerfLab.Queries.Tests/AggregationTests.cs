using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite;
using PerfLab.Data.Sqlite.QueryVariants;
using PerfLab.Queries.Aggregation;
using PerfLab.Queries.Model;

namespace PerfLab.Queries.Tests;

/// <summary>
/// Revenue per customer is the same whether SQLite or LINQ to Objects groups it, and equals the generator's own
/// orders grouped independently; EF Core's LINQ really becomes one GROUP BY … HAVING … ORDER BY … LIMIT statement.
/// </summary>
public sealed class AggregationTests : IDisposable
{
    private const int PerSegment = 100;

    private readonly QueryLab _lab = TestLab.Open(OrderListVariant.Normalized);
    private readonly CustomerRevenueQuery _query;

    public AggregationTests() => _query = new CustomerRevenueQuery(_lab);

    public void Dispose() => _lab.Dispose();

    [Fact]
    public void Every_technique_returns_the_generators_top_customers()
    {
        var orders = new CommerceDataGenerator(TestLab.Scale).Orders().ToArray();
        var segments = CustomerRevenueQuery.Segments(TestLab.Scale, PerSegment);
        Assert.Equal(TestLab.Scale / PerSegment, segments.Length);
        var cutByHaving = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments.Next();
            var grouped = orders.Where(o => o.CustomerId >= segment.From && o.CustomerId <= segment.To)
                .GroupBy(o => o.CustomerId)
                .Select(g => new CustomerRevenue { CustomerId = g.Key, RevenueCents = g.Sum(o => SqliteValues.Cents(o.Total)), Orders = g.Count() })
                .ToArray();
            var expected = grouped.Where(r => r.RevenueCents >= CustomerRevenueQuery.MinimumRevenueCents)
                .OrderByDescending(r => r.RevenueCents).ThenBy(r => r.CustomerId).Take(CustomerRevenueQuery.Top).ToList();
            cutByHaving += grouped.Count(r => r.RevenueCents < CustomerRevenueQuery.MinimumRevenueCents);

            Assert.NotEmpty(expected);
            Assert.Equal(expected, _query.DatabaseSql(segment));
            Assert.Equal(expected, _query.EfGroupBy(segment));
            Assert.Equal(expected, _query.EfClientSide(segment));
        }
        Assert.True(cutByHaving > 0, "HAVING must filter something");
    }

    [Fact]
    public void The_full_scale_segment_keeps_ten_rows()
    {
        // A measured segment has 10,000 customers; at this scale a segment of all 500 must already fill the top ten.
        Assert.Equal(CustomerRevenueQuery.Top, _query.DatabaseSql(new Segment(1, TestLab.Scale)).Count);
    }

    [Fact]
    public void Rows_transferred_are_the_result_for_the_database_and_every_order_for_the_client()
    {
        var segment = new Segment(1, PerSegment);
        var orders = _lab.Scalar("SELECT count(*) FROM Orders WHERE CustomerId BETWEEN 1 AND $to", ("$to", PerSegment));

        Assert.Equal(orders, _query.RowsTransferred(nameof(CustomerRevenueQuery.EfClientSide), segment));
        Assert.Equal(_query.DatabaseSql(segment).Count, _query.RowsTransferred(nameof(CustomerRevenueQuery.DatabaseSql), segment));
        Assert.Equal(_query.DatabaseSql(segment).Count, _query.RowsTransferred(nameof(CustomerRevenueQuery.EfGroupBy), segment));
        Assert.True(orders > 10 * CustomerRevenueQuery.Top);
    }

    [Fact]
    public void Ef_core_translates_the_aggregation_to_one_grouped_statement_on_the_customer_index()
    {
        var segment = new Segment(1, PerSegment);
        using var context = _lab.RentContext();
        var sql = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToQueryString(CustomerRevenueQuery.EfQuery(context, segment));
        foreach (var clause in new[] { "GROUP BY", "HAVING", "ORDER BY", "LIMIT" }) Assert.Contains(clause, sql, StringComparison.Ordinal);

        const string index = "USING INDEX IX_Orders_CustomerId (CustomerId>? AND CustomerId<?)";
        var efPlan = _lab.Explain(c => CustomerRevenueQuery.EfQuery(c, segment));
        var sqlPlan = _lab.Explain(CustomerRevenueQuery.Sql, ("$from", 1L), ("$to", (long)PerSegment), ("$minimum", CustomerRevenueQuery.MinimumRevenueCents), ("$top", CustomerRevenueQuery.Top));
        Plans.AssertPlan(["SEARCH o " + index, "USE TEMP B-TREE FOR ORDER BY"], efPlan);
        Plans.AssertPlan(["SEARCH Orders " + index, "USE TEMP B-TREE FOR ORDER BY"], sqlPlan);
    }
}
