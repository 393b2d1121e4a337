using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PerfLab.Data.Sqlite;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Orm.Tests;

/// <summary>
/// Each read scenario measures the access path its name claims: the hand-written SQL and EF Core's generated SQL
/// both search the primary key or the intended index (EXPLAIN QUERY PLAN), so no comparison silently times a scan.
/// </summary>
public sealed class QueryPlanTests : IDisposable
{
    // Plan lines name the table by its alias (EF Core writes "c", the SQL "Customers"), so steps are matched without it.
    private const string ByRowid = "USING INTEGER PRIMARY KEY (rowid=?)";
    private const string ByRowidRange = "USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)";
    private const string LinesByProduct = "USING INDEX IX_OrderLines_ProductId (ProductId=?)";
    private const string OrdersByCustomer = "INDEX IX_Orders_CustomerId (CustomerId=?)";
    private const string LinesByOrder = "USING INDEX IX_OrderLines_OrderId (OrderId=?)";

    private readonly OrmDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void CustomerById_searches_the_primary_key()
    {
        AssertSearches(ByRowid, Plan(CustomerById.Sql, ("$id", 7L)));
        AssertSearches(ByRowid, Plan(context => CustomerById.EfQuery(context, 7)));
    }

    [Fact]
    public void OrderLinesByProduct_searches_the_product_index_without_sorting()
    {
        // The index stores the rowid after ProductId, so ORDER BY Id needs no temporary B-tree.
        AssertSearches(LinesByProduct, Plan(OrderLinesByProduct.Sql, ("$productId", 3L)));
        AssertSearches(LinesByProduct, Plan(context => OrderLinesByProduct.EfQuery(context, 3)));
    }

    [Fact]
    public void CustomerOrders_searches_the_customer_and_order_indexes()
    {
        AssertSearches(Plan(CustomerOrders.JoinSql, ("$customerId", 5L)), OrdersByCustomer, LinesByOrder);
        AssertSearches(Plan(CustomerOrders.LinesOfCustomerSql, ("$customerId", 5L)), OrdersByCustomer, LinesByOrder);
        AssertSearches(Plan(CustomerOrders.OrdersSql, ("$customerId", 5L)), OrdersByCustomer);
        AssertSearches(Plan(CustomerOrders.LinesOfOrderSql, ("$orderId", 5L)), LinesByOrder);
        AssertSearches(Plan(context => CustomerOrders.EfQuery(context, 5)), OrdersByCustomer, LinesByOrder);
    }

    [Fact]
    public void CustomerProjection_searches_a_primary_key_range()
    {
        AssertSearches(ByRowidRange, Plan(CustomerProjection.SummarySql, ("$first", 101L), ("$last", 200L)));
        AssertSearches(ByRowidRange, Plan(CustomerProjection.EntitySql, ("$first", 101L), ("$last", 200L)));
        AssertSearches(ByRowidRange, Plan(context => CustomerProjection.EfSummaryQuery(context, 101)));
        AssertSearches(ByRowidRange, Plan(context => CustomerProjection.EfEntityQuery(context, 101)));
    }

    [Fact]
    public void LoyaltyUpdate_searches_a_primary_key_range()
    {
        AssertSearches(ByRowidRange, Plan(LoyaltyUpdate.Sql, ("$bonus", 1), ("$first", 1L), ("$last", 100L)));
    }

    private IReadOnlyList<string> Plan(string sql, params (string, object?)[] parameters) => _db.Access.Explain(sql, parameters);

    /// <summary>The plan of the SQL EF Core generates for a query, with EF's own parameters.</summary>
    private IReadOnlyList<string> Plan<T>(Func<Model.CommerceDbContext, IQueryable<T>> query)
    {
        using var context = _db.Access.RentContext();
        using var command = query(context).CreateDbCommand();
        return Plan(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToArray());
    }

    /// <summary>The plan is exactly one SEARCH step per expected access path, in order: no scan, no extra step.</summary>
    private static void AssertSearches(string accessPath, IReadOnlyList<string> plan) => AssertSearches(plan, accessPath);

    private static void AssertSearches(IReadOnlyList<string> plan, params string[] accessPaths)
    {
        var described = string.Join(" / ", plan);
        Assert.True(plan.Count == accessPaths.Length, $"expected {accessPaths.Length} step(s): {described}");
        for (var i = 0; i < plan.Count; i++)
        {
            Assert.True(plan[i].StartsWith("SEARCH ", StringComparison.Ordinal) && plan[i].Contains(accessPaths[i], StringComparison.Ordinal),
                $"step {i} is not a search {accessPaths[i]}: {described}");
        }
    }
}
