using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// Every line of one product, in id order, through <c>IX_OrderLines_ProductId</c>: about 160 rows at every scale
/// (the generator keeps ~16 lines per customer and one product per ten customers), so the per-row cost of
/// materializing entities is what differs. The index holds the rowid, so the ORDER BY needs no sort.
/// </summary>
public sealed class OrderLinesByProduct : OrderLinesByProductTechniques, IDisposable
{
    public static readonly string Sql = $"SELECT {RowMapper.OrderLineColumns} FROM OrderLines WHERE ProductId = $productId ORDER BY Id";

    private static readonly Func<CommerceDbContext, long, IEnumerable<OrderLine>> Compiled = CompileNoTracking();

    private readonly KeyedQuery _query;

    public OrderLinesByProduct(DataAccess access) : base(access, Sql, Compiled) => _query = new KeyedQuery(access, Sql, "$productId");

    public List<OrderLine> RawStatementReuse(long productId)
    {
        var statement = _query.BindRaw(productId);
        var lines = new List<OrderLine>();
        while (statement.Step()) lines.Add(RowMapper.OrderLine(statement.Row));
        statement.Reset();
        return lines;
    }

    public List<OrderLine> AdoStatementReuse(long productId) => Read(_query.BindReused(productId));

    public List<OrderLine> AdoNewCommand(long productId)
    {
        using var command = _query.NewCommand(productId);
        return Read(command);
    }

    public List<OrderLine> EfFromSql(long productId)
    {
        using var context = RentContext();
        return context.OrderLines.FromSqlRaw(Sql, new SqliteParameter("$productId", productId)).AsNoTracking().ToList();
    }

    public void Dispose() => _query.Dispose();

    private static List<OrderLine> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return ReadAll(new AdoRow(reader));
    }
}
