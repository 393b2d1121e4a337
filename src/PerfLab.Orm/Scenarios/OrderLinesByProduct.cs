using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PerfLab.Data.Domain;
using PerfLab.Orm.Model;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// Every line of one product, in id order, through <c>IX_OrderLines_ProductId</c>: about 160 rows at every scale
/// (the generator keeps ~16 lines per customer and one product per ten customers), so the per-row cost of
/// materializing entities is what differs. The index holds the rowid, so the ORDER BY needs no sort.
/// </summary>
public sealed class OrderLinesByProduct : KeyedQuery
{
    public static readonly string Sql = $"SELECT {RowMapper.OrderLineColumns} FROM OrderLines WHERE ProductId = $productId ORDER BY Id";

    // AsQueryable picks CompileQuery's sequence overload (an IOrderedQueryable body would be compiled as a scalar).
    private static readonly Func<CommerceDbContext, long, IEnumerable<OrderLine>> Compiled = CompileNoTracking();

    /// <summary>The compiled no-tracking query; a new delegate per engine (a compiled query keeps its first provider's translation).</summary>
    public static Func<CommerceDbContext, long, IEnumerable<OrderLine>> CompileNoTracking() =>
        EF.CompileQuery((CommerceDbContext context, long productId) =>
            context.OrderLines.AsNoTracking().Where(l => l.ProductId == productId).OrderBy(l => l.Id).AsQueryable());

    public OrderLinesByProduct(DataAccess access) : base(access, Sql, "$productId") { }

    public List<OrderLine> RawStatementReuse(long productId)
    {
        var statement = BindRaw(productId);
        var lines = new List<OrderLine>();
        while (statement.Step()) lines.Add(RowMapper.OrderLine(statement.Row));
        statement.Reset();
        return lines;
    }

    public List<OrderLine> AdoStatementReuse(long productId) => Read(BindReused(productId));

    public List<OrderLine> AdoNewCommand(long productId)
    {
        using var command = NewCommand(productId);
        return Read(command);
    }

    public List<OrderLine> DapperBuffered(long productId) =>
        Access.Connection.Query<OrderLine>(Sql, new { productId }).AsList();

    /// <summary>Dapper streaming rows (<c>buffered: false</c>) into the caller's list: same result, reader held open while consuming.</summary>
    public List<OrderLine> DapperUnbuffered(long productId) =>
        Access.Connection.Query<OrderLine>(Sql, new { productId }, buffered: false).ToList();

    public List<OrderLine> EfCompiledNoTracking(long productId)
    {
        using var context = Access.RentContext();
        return Compiled(context, productId).ToList();
    }

    public List<OrderLine> EfLinqNoTracking(long productId)
    {
        using var context = Access.RentContext();
        return EfQuery(context, productId).ToList();
    }

    /// <summary>Tracking query in a fresh (pooled) context: each row is snapshotted and entered into the identity map.</summary>
    public List<OrderLine> EfLinqTracking(long productId)
    {
        using var context = Access.RentContext();
        return context.OrderLines.Where(l => l.ProductId == productId).OrderBy(l => l.Id).ToList();
    }

    public List<OrderLine> EfFromSql(long productId)
    {
        using var context = Access.RentContext();
        return context.OrderLines.FromSqlRaw(Sql, new SqliteParameter("$productId", productId)).AsNoTracking().ToList();
    }

    /// <summary>The LINQ query the EF techniques run.</summary>
    public static IQueryable<OrderLine> EfQuery(CommerceDbContext context, long productId) =>
        context.OrderLines.AsNoTracking().Where(l => l.ProductId == productId).OrderBy(l => l.Id);

    private static List<OrderLine> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var lines = new List<OrderLine>();
        var row = new AdoRow(reader);
        while (reader.Read()) lines.Add(RowMapper.OrderLine(row));
        return lines;
    }
}
