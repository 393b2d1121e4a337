using Microsoft.EntityFrameworkCore;
using Npgsql;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="OrderLinesByProduct"/> on PostgreSQL: every line of one product in id order, through
/// <c>IX_OrderLines_ProductId</c> (~160 rows per product at every scale).
/// </summary>
public sealed class PostgresOrderLinesByProduct : OrderLinesByProductTechniques, IDisposable
{
    public static readonly string Sql = $"""SELECT {PostgresColumns.OrderLines} FROM "OrderLines" WHERE "ProductId" = @productId ORDER BY "Id" """.TrimEnd();

    private static readonly Func<CommerceDbContext, long, IEnumerable<OrderLine>> Compiled = CompileNoTracking();

    private readonly PostgresKeyedQuery _query;

    public PostgresOrderLinesByProduct(PostgresDataAccess access) : base(access, Sql, Compiled) => _query = new PostgresKeyedQuery(access, Sql, "productId");

    public List<OrderLine> AdoStatementReuse(long productId) => Read(_query.BindReused(productId));

    public List<OrderLine> AdoNewCommand(long productId)
    {
        using var command = _query.NewCommand(productId);
        return Read(command);
    }

    public List<OrderLine> EfFromSql(long productId)
    {
        using var context = RentContext();
        return context.OrderLines.FromSqlRaw(Sql, new NpgsqlParameter("productId", productId)).AsNoTracking().ToList();
    }

    public void Dispose() => _query.Dispose();

    private static List<OrderLine> Read(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        return ReadAll(new NpgsqlRow(reader));
    }
}
