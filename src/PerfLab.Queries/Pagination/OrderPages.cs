using Dapper;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Queries.Pagination;

/// <summary>
/// Pages of <see cref="PageSize"/> orders in (<c>OrderedAt</c>, <c>Id</c>) order, the order an index serves
/// (<c>IX_Orders_OrderedAt_Id</c>): by OFFSET (skip the rows of every earlier page) or by keyset (seek past the last
/// row of the previous page). Raw SQL through hand-coded ADO.NET (a new command per call), Dapper, and EF Core
/// (<c>Skip/Take</c>, and a seek predicate). Every technique returns the same rows for the same page (tested).
/// </summary>
public sealed class OrderPages(QueryLab lab)
{
    public const int PageSize = 50;

    public const string OffsetSql =
        $"SELECT {OrderRow.Columns} FROM Orders ORDER BY OrderedAt, Id LIMIT $limit OFFSET $offset";

    /// <summary>The seek: a row-value comparison on the sort key, which SQLite turns into an index range start.</summary>
    public const string KeysetSql =
        $"SELECT {OrderRow.Columns} FROM Orders WHERE (OrderedAt, Id) > ($at, $id) ORDER BY OrderedAt, Id LIMIT $limit";

    /// <summary>The rows a page of <paramref name="depth"/> (1 = the first page) skips under OFFSET.</summary>
    public static int OffsetOf(int depth) => checked((depth - 1) * PageSize);

    public List<OrderRow> OffsetAdo(PageRequest page)
    {
        using var command = lab.NewCommand(OffsetSql, ("$limit", PageSize), ("$offset", page.Offset));
        return Read(command);
    }

    public List<OrderRow> KeysetAdo(PageRequest page)
    {
        using var command = lab.NewCommand(KeysetSql, ("$at", SqliteValues.Timestamp(page.After.OrderedAt)), ("$id", page.After.Id), ("$limit", PageSize));
        return Read(command);
    }

    public List<OrderRow> OffsetDapper(PageRequest page) =>
        lab.Connection.Query<OrderRow>(OffsetSql, new { limit = PageSize, offset = page.Offset }).AsList();

    public List<OrderRow> KeysetDapper(PageRequest page) =>
        lab.Connection.Query<OrderRow>(KeysetSql, new { at = SqliteValues.Timestamp(page.After.OrderedAt), id = page.After.Id, limit = PageSize }).AsList();

    public List<OrderRow> OffsetEfSkipTake(PageRequest page)
    {
        using var context = lab.RentContext();
        return EfOffsetQuery(context, page.Offset).ToList();
    }

    public List<OrderRow> KeysetEfSeek(PageRequest page)
    {
        using var context = lab.RentContext();
        return EfKeysetQuery(context, page.After).ToList();
    }

    public static IQueryable<OrderRow> EfOffsetQuery(QueriesDbContext context, int offset) =>
        context.Orders.AsNoTracking().OrderBy(o => o.OrderedAt).ThenBy(o => o.Id).Skip(offset).Take(PageSize);

    /// <summary>
    /// EF Core has no row-value comparison, so the seek is spelled out: after the key's timestamp, or at it with a
    /// larger id. The leading <c>OrderedAt &gt;= at</c> is implied by the rest; it is there because it gives SQLite an
    /// index range start (the OR alone would walk the index from its first entry: the plan test checks it does not).
    /// </summary>
    public static IQueryable<OrderRow> EfKeysetQuery(QueriesDbContext context, PageKey after) =>
        context.Orders.AsNoTracking()
            .Where(o => o.OrderedAt >= after.OrderedAt && (o.OrderedAt > after.OrderedAt || o.Id > after.Id))
            .OrderBy(o => o.OrderedAt).ThenBy(o => o.Id)
            .Take(PageSize);

    private static List<OrderRow> Read(Microsoft.Data.Sqlite.SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<OrderRow>(PageSize);
        while (reader.Read()) rows.Add(OrderRow.Read(reader));
        return rows;
    }
}
