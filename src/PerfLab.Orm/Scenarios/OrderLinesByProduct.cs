using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// Every line of one product, in id order, through <c>IX_OrderLines_ProductId</c>: about 160 rows at every scale
/// (the generator keeps ~16 lines per customer and one product per ten customers), so the per-row cost of
/// materializing entities is what differs. The index holds the rowid, so the ORDER BY needs no sort. SQLite's own:
/// the SQLitePCLRaw floor and <c>FromSqlRaw</c> with its parameter.
/// </summary>
public sealed class OrderLinesByProduct : OrderLinesByProductHandCoded<SqliteAdo, SqliteCommand, AdoRow>
{
    public static readonly string Sql = $"SELECT {RowMapper.OrderLineColumns} FROM OrderLines WHERE ProductId = $productId ORDER BY Id";

    private static readonly Func<CommerceDbContext, long, IEnumerable<OrderLine>> Compiled = CompileNoTracking();

    private readonly RawStatement _raw;

    public OrderLinesByProduct(DataAccess access) : base(access, new SqliteAdo(access), Sql, Compiled) => _raw = access.Raw.Prepare(Sql);

    public List<OrderLine> RawStatementReuse(long productId)
    {
        _raw.Bind(1, productId);
        var lines = new List<OrderLine>();
        while (_raw.Step()) lines.Add(RowMapper.OrderLine(_raw.Row));
        _raw.Reset();
        return lines;
    }

    public List<OrderLine> EfFromSql(long productId)
    {
        using var context = RentContext();
        return context.OrderLines.FromSqlRaw(Sql, new SqliteParameter("$productId", productId)).AsNoTracking().ToList();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _raw.Dispose();
        base.Dispose(disposing);
    }
}
