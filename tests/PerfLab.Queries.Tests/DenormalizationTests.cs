using PerfLab.Data.Sqlite;
using PerfLab.Data.Sqlite.QueryVariants;
using PerfLab.Queries.Denormalization;
using PerfLab.Queries.Model;

namespace PerfLab.Queries.Tests;

/// <summary>
/// The three storages of the order list return the same rows, before and after every write path: a rename (with
/// the copies each one keeps) and a new order (with the copy each one makes). The copies are also checked against
/// the customer rows directly, so "the same rows" cannot hide three storages that are equally stale.
/// </summary>
public sealed class DenormalizationTests : IDisposable
{
    private readonly (QueryLab Lab, OrderList List)[] _storages = OrderListVariant.All
        .Select(variant => TestLab.Open(variant))
        .Select(lab => (lab, new OrderList(lab)))
        .ToArray();

    public void Dispose()
    {
        foreach (var (lab, list) in _storages)
        {
            list.Dispose();
            lab.Dispose();
        }
    }

    [Fact]
    public void Every_storage_reads_the_same_pages()
    {
        Assert.Equal([OrderListStorage.Join, OrderListStorage.CopiedColumns, OrderListStorage.SummaryTable], _storages.Select(s => s.List.Storage));
        AssertConsistent();
    }

    [Fact]
    public void A_rename_reaches_every_storage()
    {
        var renames = OrderListWorkload.Renames(_storages[0].Lab, customers: 25);
        for (var i = 0; i < renames.Length; i++)
        {
            var (id, name) = renames.Next();
            foreach (var (_, list) in _storages) list.Rename(id, name);
            if (i % 10 == 0 || i == renames.Length / 2 - 1) AssertConsistent();
            if (i == renames.Length / 2 - 1) Assert.Contains(Pages(_storages[0].List).SelectMany(p => p), r => r.CustomerName.EndsWith(OrderListWorkload.RenamedSuffix, StringComparison.Ordinal));
        }
        AssertConsistent();
    }

    [Fact]
    public void A_rename_cycle_ends_where_it_started()
    {
        var lab = _storages[1].Lab;
        var before = Names(lab);
        var renames = OrderListWorkload.Renames(lab, customers: 40);
        for (var i = 0; i < renames.Length; i++)
        {
            var (id, name) = renames.Next();
            var copies = _storages[1].List.Rename(id, name);
            Assert.Equal(lab.Scalar("SELECT count(*) FROM Orders WHERE CustomerId = $id", ("$id", id)), copies);
        }
        Assert.Equal(before, Names(lab));
        AssertConsistent(checkAcrossStorages: false);
    }

    [Fact]
    public void A_new_order_reaches_every_storage_with_its_customer_copied()
    {
        var orders = OrderListWorkload.NewOrders(_storages[0].Lab, samples: 30);
        for (var i = 0; i < 60; i++)
        {
            var order = orders.Next();
            foreach (var (_, list) in _storages) Assert.Equal(1, list.Insert(order));
        }
        AssertConsistent();
        Assert.All(_storages, s => Assert.Equal(TestLab.Scale * 4 + 60, s.Lab.Scalar("SELECT count(*) FROM Orders")));
    }

    [Fact]
    public void Each_read_takes_the_path_its_storage_claims()
    {
        var parameters = new (string, object?)[] { ("$at", "2023-01-01 00:00:00"), ("$id", 1L), ("$limit", OrderList.PageSize) };
        Plans.AssertPlan(["SEARCH o USING INDEX IX_Orders_OrderedAt_Id (OrderedAt>?)", "SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"],
            _storages[0].Lab.Explain(OrderList.JoinSql, parameters));
        Plans.AssertPlan(["SEARCH Orders USING INDEX IX_Orders_OrderedAt_Id (OrderedAt>?)"],
            _storages[1].Lab.Explain(OrderList.CopiedColumnsSql, parameters));
        Plans.AssertPlan(["SEARCH OrderListings USING PRIMARY KEY ((OrderedAt,OrderId)>(?,?))"],
            _storages[2].Lab.Explain(OrderList.SummaryTableSql, parameters));
        // The copied columns' rename finds the customer's orders through their index, not a scan.
        Plans.AssertPlan(["SEARCH Orders USING INDEX IX_Orders_CustomerId (CustomerId=?)"],
            _storages[1].Lab.Explain(OrderList.RenameCopiesSql, ("$name", "x"), ("$id", 1L)));
    }

    /// <summary>Every page of every storage equal, and every copy equal to its customer row.</summary>
    private void AssertConsistent(bool checkAcrossStorages = true)
    {
        if (checkAcrossStorages)
        {
            var expected = Pages(_storages[0].List);
            foreach (var (_, list) in _storages.Skip(1)) Assert.Equal(expected, Pages(list));
        }

        var copied = _storages[1].Lab;
        Assert.Equal(0, copied.Scalar("""
            SELECT count(*) FROM Orders o JOIN Customers c ON c.Id = o.CustomerId
            WHERE o.CustomerName IS NOT c.Name OR o.CustomerCity IS NOT c.City
            """));

        if (!checkAcrossStorages) return;
        var summary = _storages[2].Lab;
        Assert.Equal(summary.Scalar("SELECT count(*) FROM Orders"), summary.Scalar("SELECT count(*) FROM OrderListings"));
        Assert.Equal(0, summary.Scalar("""
            SELECT count(*) FROM Orders o
            LEFT JOIN OrderListings l ON l.OrderId = o.Id
            JOIN Customers c ON c.Id = o.CustomerId
            WHERE l.OrderId IS NULL OR l.OrderedAt IS NOT o.OrderedAt OR l.Status IS NOT o.Status OR l.TotalCents IS NOT o.TotalCents
               OR l.CustomerId IS NOT o.CustomerId OR l.CustomerName IS NOT c.Name OR l.CustomerCity IS NOT c.City
            """));
    }

    /// <summary>The whole list, page by page, as the storage's own read returns it.</summary>
    private static List<List<OrderListing>> Pages(OrderList list)
    {
        var pages = new List<List<OrderListing>>();
        var after = PageKey.Start;
        while (true)
        {
            var page = list.Read(after);
            if (page.Count == 0) return pages;
            pages.Add(page);
            after = new PageKey(page[^1].OrderedAt, page[^1].OrderId);
        }
    }

    private static List<(long, string)> Names(QueryLab lab)
    {
        using var command = lab.NewCommand("SELECT Id, Name FROM Customers ORDER BY Id");
        using var reader = command.ExecuteReader();
        var names = new List<(long, string)>();
        while (reader.Read()) names.Add((reader.GetInt64(0), reader.GetString(1)));
        return names;
    }
}
