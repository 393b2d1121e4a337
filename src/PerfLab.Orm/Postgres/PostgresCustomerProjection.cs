namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="CustomerProjection"/> on PostgreSQL: a page of <see cref="CustomerProjectionTechniques.PageSize"/>
/// customers by primary-key range, as three-column <see cref="CustomerSummary"/> DTOs or as whole <see cref="Customer"/>
/// entities, every technique shared with SQLite over PostgreSQL's SQL.
/// </summary>
public sealed class PostgresCustomerProjection(PostgresDataAccess access)
    : CustomerProjectionHandCoded<NpgsqlAdo, NpgsqlCommand, NpgsqlRow>(access, new NpgsqlAdo(access), SummarySql, EntitySql)
{
    private const string Range = """FROM "Customers" WHERE "Id" >= @first AND "Id" <= @last ORDER BY "Id" """;
    public static readonly string SummarySql = ("""SELECT "Id", "Name", "Email" """ + Range).TrimEnd();
    public static readonly string EntitySql = $"SELECT {PostgresColumns.Customers} {Range}".TrimEnd();
}
