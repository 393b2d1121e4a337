using PerfLab.Data.Sqlite;
using PerfLab.Data.Sqlite.QueryVariants;
using PerfLab.Queries.Model;
using PerfLab.Queries.Pagination;

namespace PerfLab.Queries.Tests;

/// <summary>
/// OFFSET and keyset name the same page; a keyset walk sees every row exactly once even while rows are inserted or
/// deleted between its page reads, where an OFFSET walk repeats or skips rows.
/// </summary>
public sealed class PaginationTests : IDisposable
{
    private readonly QueryLab _lab = TestLab.Open(OrderListVariant.Normalized);
    private readonly OrderPages _pages;

    public PaginationTests()
    {
        _pages = new OrderPages(_lab);
        AddTies();
    }

    public void Dispose() => _lab.Dispose();

    /// <summary>Every technique, as the benchmarks call them.</summary>
    public static TheoryData<string> Techniques =>
    [
        nameof(OrderPages.OffsetAdo), nameof(OrderPages.KeysetAdo), nameof(OrderPages.OffsetDapper),
        nameof(OrderPages.KeysetDapper), nameof(OrderPages.OffsetEfSkipTake), nameof(OrderPages.KeysetEfSeek),
    ];

    [Fact]
    public void The_sort_key_has_ties_that_the_id_breaks()
    {
        var rows = AllRows();
        Assert.True(rows.GroupBy(r => r.OrderedAt).Count(g => g.Count() > 1) >= 50, "the test data needs tied timestamps");
        Assert.Equal(rows.Count, rows.Select(r => r.Key).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Techniques))]
    public void Every_technique_returns_the_same_page_at_every_depth(string technique)
    {
        var expected = AllRows().Order(KeyOrder).ToList();
        var pageCount = (expected.Count + OrderPages.PageSize - 1) / OrderPages.PageSize;
        foreach (var depth in new[] { 1, 2, 17, pageCount - 1, pageCount })
        {
            var page = PageSample.At(_lab, depth, pages: 1)[0];
            var rows = Run(technique, page);
            Assert.Equal(expected.Skip(OrderPages.OffsetOf(depth)).Take(OrderPages.PageSize), rows);
        }
    }

    [Fact]
    public void A_page_sample_rotates_over_consecutive_pages()
    {
        var sample = PageSample.At(_lab, 3, pages: 4);
        Assert.Equal([3, 4, 5, 6], sample.Select(p => p.Depth));
        for (var i = 1; i < sample.Length; i++)
        {
            Assert.Equal(_pages.KeysetAdo(sample[i - 1])[^1].Key, sample[i].After);
        }
        Assert.Equal(PageKey.Start, PageSample.At(_lab, 1, pages: 1)[0].After);
    }

    [Theory]
    [InlineData(nameof(OrderPages.KeysetAdo))]
    [InlineData(nameof(OrderPages.KeysetDapper))]
    [InlineData(nameof(OrderPages.KeysetEfSeek))]
    public void A_keyset_walk_returns_every_row_exactly_once(string technique)
    {
        var seen = WalkKeyset(technique, betweenPages: _ => { });
        Assert.Equal(AllRows().Select(r => r.Id).Order(), seen.Order());
    }

    [Fact]
    public void A_keyset_walk_misses_and_repeats_nothing_when_rows_are_inserted_between_pages()
    {
        var original = AllRows().Select(r => r.Id).ToHashSet();
        var inserted = new List<OrderRow>();
        var seen = WalkKeyset(nameof(OrderPages.KeysetAdo), betweenPages: lastSeen =>
        {
            // One row before the reader's position (it cannot be seen any more), one at its very timestamp (a tie
            // with a larger id: after it, so it must be seen), one later on.
            inserted.Add(InsertOrder(lastSeen.OrderedAt.AddSeconds(-30)));
            inserted.Add(InsertOrder(lastSeen.OrderedAt));
            inserted.Add(InsertOrder(lastSeen.OrderedAt.AddDays(20)));
        });

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), original);
        var afterCursorAtInsert = inserted.Where((row, i) => i % 3 != 0).Select(r => r.Id).ToHashSet();
        Assert.Subset(seen.ToHashSet(), afterCursorAtInsert);
    }

    [Fact]
    public void An_offset_walk_repeats_rows_when_rows_are_inserted_before_its_position()
    {
        var seen = WalkOffset(betweenPages: lastSeen => InsertOrder(lastSeen.OrderedAt.AddSeconds(-30)));

        var repeated = seen.GroupBy(id => id).Count(g => g.Count() > 1);
        Assert.True(repeated >= 30, $"expected the OFFSET walk to repeat rows, it repeated {repeated}");
    }

    [Fact]
    public void An_offset_walk_skips_rows_when_rows_before_its_position_are_deleted()
    {
        var original = AllRows().Select(r => r.Id).ToHashSet();
        var deleted = new HashSet<long>();
        var seen = WalkOffset(betweenPages: lastSeen =>
        {
            var victim = _lab.Scalar("SELECT Id FROM Orders WHERE (OrderedAt, Id) < ($at, $id) ORDER BY OrderedAt, Id LIMIT 1",
                ("$at", SqliteValues.Timestamp(lastSeen.OrderedAt)), ("$id", lastSeen.Id));
            _lab.Execute($"DELETE FROM Orders WHERE Id = {victim}");
            deleted.Add(victim);
        });

        // Rows never deleted that the walk never saw: each deletion before the position moved one unseen row back past it.
        var skipped = original.Except(deleted).Except(seen).Count();
        Assert.True(skipped >= 30, $"expected the OFFSET walk to skip rows, it skipped {skipped}");

        // The same deletions under a keyset walk: only rows it has already read go, and it sees every other row once.
        var beforeKeysetWalk = AllRows().Select(r => r.Id).Order().ToList();
        var keysetSeen = WalkKeyset(nameof(OrderPages.KeysetAdo), betweenPages: lastSeen =>
            _lab.Execute($"DELETE FROM Orders WHERE Id = (SELECT Id FROM Orders WHERE OrderedAt < '{SqliteValues.Timestamp(lastSeen.OrderedAt)}' ORDER BY OrderedAt, Id LIMIT 1)"));
        Assert.Equal(beforeKeysetWalk, keysetSeen.Order());
    }

    [Fact]
    public void Keyset_seeks_through_the_index_and_offset_walks_it_without_sorting()
    {
        var page = PageSample.At(_lab, 5, pages: 1)[0];

        var keyset = _lab.Explain(OrderPages.KeysetSql, ("$at", SqliteValues.Timestamp(page.After.OrderedAt)), ("$id", page.After.Id), ("$limit", 50));
        Plans.AssertPlan(["SEARCH Orders USING INDEX IX_Orders_OrderedAt_Id (OrderedAt>?)"], keyset);

        var efKeyset = _lab.Explain(context => OrderPages.EfKeysetQuery(context, page.After));
        Plans.AssertPlan(["SEARCH o USING INDEX IX_Orders_OrderedAt_Id (OrderedAt>?)"], efKeyset);

        var offset = _lab.Explain(OrderPages.OffsetSql, ("$limit", 50), ("$offset", page.Offset));
        Plans.AssertPlan(["SCAN Orders USING INDEX IX_Orders_OrderedAt_Id"], offset);

        var efOffset = _lab.Explain(context => OrderPages.EfOffsetQuery(context, page.Offset));
        Plans.AssertPlan(["SCAN o USING INDEX IX_Orders_OrderedAt_Id"], efOffset);
    }

    private static readonly Comparer<OrderRow> KeyOrder = Comparer<OrderRow>.Create((a, b) => a.Key.CompareTo(b.Key));

    private List<OrderRow> Run(string technique, PageRequest page) => technique switch
    {
        nameof(OrderPages.OffsetAdo) => _pages.OffsetAdo(page),
        nameof(OrderPages.KeysetAdo) => _pages.KeysetAdo(page),
        nameof(OrderPages.OffsetDapper) => _pages.OffsetDapper(page),
        nameof(OrderPages.KeysetDapper) => _pages.KeysetDapper(page),
        nameof(OrderPages.OffsetEfSkipTake) => _pages.OffsetEfSkipTake(page),
        nameof(OrderPages.KeysetEfSeek) => _pages.KeysetEfSeek(page),
        _ => throw new ArgumentException(technique),
    };

    /// <summary>Every order, read without ORDER BY: the expected order comes from <see cref="PageKey"/>, not from SQLite.</summary>
    private List<OrderRow> AllRows()
    {
        using var command = _lab.NewCommand($"SELECT {OrderRow.Columns} FROM Orders");
        using var reader = command.ExecuteReader();
        var rows = new List<OrderRow>();
        while (reader.Read()) rows.Add(OrderRow.Read(reader));
        return rows;
    }

    private List<long> WalkKeyset(string technique, Action<PageKey> betweenPages)
    {
        var seen = new List<long>();
        var after = PageKey.Start;
        for (var depth = 1; ; depth++)
        {
            var rows = Run(technique, new PageRequest(depth, after));
            seen.AddRange(rows.Select(r => r.Id));
            if (rows.Count < OrderPages.PageSize) return seen;
            after = rows[^1].Key;
            betweenPages(after);
        }
    }

    private List<long> WalkOffset(Action<PageKey> betweenPages)
    {
        var seen = new List<long>();
        for (var depth = 1; ; depth++)
        {
            var rows = _pages.OffsetAdo(new PageRequest(depth, PageKey.Start));
            seen.AddRange(rows.Select(r => r.Id));
            if (rows.Count < OrderPages.PageSize) return seen;
            betweenPages(rows[^1].Key);
        }
    }

    private long _nextId;

    private OrderRow InsertOrder(DateTime orderedAt)
    {
        if (_nextId == 0) _nextId = _lab.Scalar("SELECT max(Id) FROM Orders") + 1;
        var row = new OrderRow { Id = _nextId++, CustomerId = 1, OrderedAt = orderedAt, Status = Data.Domain.OrderStatus.Paid, TotalCents = 1234 };
        using var command = _lab.NewCommand("INSERT INTO Orders (Id, CustomerId, OrderedAt, Status, TotalCents) VALUES ($id, $c, $at, $s, $t)",
            ("$id", row.Id), ("$c", row.CustomerId), ("$at", SqliteValues.Timestamp(row.OrderedAt)), ("$s", (int)row.Status), ("$t", row.TotalCents));
        command.ExecuteNonQuery();
        return row;
    }

    /// <summary>Copies of every 20th order at the same timestamp under new ids: ties the id must break, some across page borders.</summary>
    private void AddTies()
    {
        var max = _lab.Scalar("SELECT max(Id) FROM Orders");
        _lab.Execute($"INSERT INTO Orders (Id, CustomerId, OrderedAt, Status, TotalCents) SELECT Id + {max}, CustomerId, OrderedAt, Status, TotalCents + 1 FROM Orders WHERE Id % 20 = 0");
        _lab.Execute($"INSERT INTO Orders (Id, CustomerId, OrderedAt, Status, TotalCents) SELECT Id + {2 * max}, CustomerId, OrderedAt, Status, TotalCents + 2 FROM Orders WHERE Id % 40 = 0 AND Id <= {max}");
    }
}
