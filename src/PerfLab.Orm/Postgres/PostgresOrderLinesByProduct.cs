using Dapper;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PerfLab.Data.Domain;
using PerfLab.Orm.Model;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="OrderLinesByProduct"/> on PostgreSQL: every line of one product in id order, through
/// <c>IX_OrderLines_ProductId</c> (~160 rows per product at every scale).
/// </summary>
public sealed class PostgresOrderLinesByProduct : PostgresKeyedQuery
{
    public static readonly string Sql = $"""SELECT {PostgresColumns.OrderLines} FROM "OrderLines" WHERE "ProductId" = @productId ORDER BY "Id" """.TrimEnd();

    private static readonly Func<CommerceDbContext, long, IEnumerable<OrderLine>> Compiled = OrderLinesByProduct.CompileNoTracking();

    public PostgresOrderLinesByProduct(PostgresDataAccess access) : base(access, Sql, "productId") { }

    public List<OrderLine> AdoStatementReuse(long productId) => Read(BindReused(productId));

    public List<OrderLine> AdoNewCommand(long productId)
    {
        using var command = NewCommand(productId);
        return Read(command);
    }

    public List<OrderLine> DapperBuffered(long productId) =>
        Access.Connection.Query<OrderLine>(Sql, new { productId }).AsList();

    public List<OrderLine> EfCompiledNoTracking(long productId)
    {
        using var context = Access.RentContext();
        return Compiled(context, productId).ToList();
    }

    public List<OrderLine> EfLinqNoTracking(long productId)
    {
        using var context = Access.RentContext();
        return OrderLinesByProduct.EfQuery(context, productId).ToList();
    }

    public List<OrderLine> EfLinqTracking(long productId)
    {
        using var context = Access.RentContext();
        return context.OrderLines.Where(l => l.ProductId == productId).OrderBy(l => l.Id).ToList();
    }

    public List<OrderLine> EfFromSql(long productId)
    {
        using var context = Access.RentContext();
        return context.OrderLines.FromSqlRaw(Sql, new NpgsqlParameter("productId", productId)).AsNoTracking().ToList();
    }

    private static List<OrderLine> Read(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var lines = new List<OrderLine>();
        var row = new NpgsqlRow(reader);
        while (reader.Read()) lines.Add(RowMapper.OrderLine(row));
        return lines;
    }
}
