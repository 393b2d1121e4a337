using Npgsql;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="CustomerProjection"/> on PostgreSQL: a page of <see cref="CustomerProjectionTechniques.PageSize"/>
/// customers by primary-key range, as three-column <see cref="CustomerSummary"/> DTOs or as whole <see cref="Customer"/>
/// entities; PostgreSQL's own are the hand-written ADO.NET rows.
/// </summary>
public sealed class PostgresCustomerProjection : CustomerProjectionTechniques
{
    private const string Range = """FROM "Customers" WHERE "Id" >= @first AND "Id" <= @last ORDER BY "Id" """;
    public static readonly string SummarySql = ("""SELECT "Id", "Name", "Email" """ + Range).TrimEnd();
    public static readonly string EntitySql = $"SELECT {PostgresColumns.Customers} {Range}".TrimEnd();

    private readonly PostgresDataAccess _access;

    public PostgresCustomerProjection(PostgresDataAccess access) : base(access, SummarySql, EntitySql) => _access = access;

    public List<CustomerSummary> AdoSummariesNewCommand(long first)
    {
        using var command = NewCommand(SummarySql, first);
        using var reader = command.ExecuteReader();
        return ReadSummaries(new NpgsqlRow(reader));
    }

    public List<Customer> AdoEntitiesNewCommand(long first)
    {
        using var command = NewCommand(EntitySql, first);
        using var reader = command.ExecuteReader();
        return ReadEntities(new NpgsqlRow(reader));
    }

    private NpgsqlCommand NewCommand(string sql, long first) => _access.NewCommand(sql, ("first", first), ("last", Last(first)));
}
