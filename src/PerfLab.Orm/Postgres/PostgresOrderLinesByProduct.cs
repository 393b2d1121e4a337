using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="OrderLinesByProduct"/> on PostgreSQL: every line of one product in id order, through
/// <c>IX_OrderLines_ProductId</c> (~160 rows per product at every scale). PostgreSQL's own: <c>FromSqlRaw</c> with
/// Npgsql's parameter.
/// </summary>
public sealed class PostgresOrderLinesByProduct(PostgresDataAccess access)
    : OrderLinesByProductHandCoded<NpgsqlAdo, NpgsqlCommand, NpgsqlRow>(access, new NpgsqlAdo(access), Sql, Compiled)
{
    public static readonly string Sql = $"""SELECT {PostgresColumns.OrderLines} FROM "OrderLines" WHERE "ProductId" = @productId ORDER BY "Id" """.TrimEnd();

    private static readonly Func<CommerceDbContext, long, IEnumerable<OrderLine>> Compiled = CompileNoTracking();

    public List<OrderLine> EfFromSql(long productId)
    {
        using var context = RentContext();
        return context.OrderLines.FromSqlRaw(Sql, new NpgsqlParameter("productId", productId)).AsNoTracking().ToList();
    }
}
