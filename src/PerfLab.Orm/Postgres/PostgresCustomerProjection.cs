using Dapper;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PerfLab.Data.Domain;
using PerfLab.Orm.Model;
using PerfLab.Orm.Scenarios;
using static PerfLab.Orm.Scenarios.CustomerProjection;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="CustomerProjection"/> on PostgreSQL: a page of <see cref="PageSize"/> customers by primary-key range,
/// as three-column <see cref="CustomerSummary"/> DTOs or as whole <see cref="Customer"/> entities. The EF queries
/// are SQLite's own (<see cref="EfSummaryQuery"/>, <see cref="EfEntityQuery"/>).
/// </summary>
public sealed class PostgresCustomerProjection(PostgresDataAccess access)
{
    private const string Range = """FROM "Customers" WHERE "Id" >= @first AND "Id" <= @last ORDER BY "Id" """;
    public static readonly string SummarySql = ("""SELECT "Id", "Name", "Email" """ + Range).TrimEnd();
    public static readonly string EntitySql = $"SELECT {PostgresColumns.Customers} {Range}".TrimEnd();

    public List<CustomerSummary> AdoSummariesNewCommand(long first)
    {
        using var command = NewCommand(SummarySql, first);
        using var reader = command.ExecuteReader();
        var row = new NpgsqlRow(reader);
        var summaries = new List<CustomerSummary>(PageSize);
        while (reader.Read()) summaries.Add(RowMapper.CustomerSummary(row));
        return summaries;
    }

    public List<Customer> AdoEntitiesNewCommand(long first)
    {
        using var command = NewCommand(EntitySql, first);
        using var reader = command.ExecuteReader();
        var row = new NpgsqlRow(reader);
        var customers = new List<Customer>(PageSize);
        while (reader.Read()) customers.Add(RowMapper.Customer(row));
        return customers;
    }

    public List<CustomerSummary> DapperSummaries(long first) =>
        access.Connection.Query<CustomerSummary>(SummarySql, new { first, last = Last(first) }).AsList();

    public List<Customer> DapperEntities(long first) =>
        access.Connection.Query<Customer>(EntitySql, new { first, last = Last(first) }).AsList();

    public List<CustomerSummary> EfSummaries(long first)
    {
        using var context = access.RentContext();
        return EfSummaryQuery(context, first).ToList();
    }

    public List<Customer> EfEntitiesNoTracking(long first)
    {
        using var context = access.RentContext();
        return EfEntityQuery(context, first).AsNoTracking().ToList();
    }

    public List<Customer> EfEntitiesTracking(long first)
    {
        using var context = access.RentContext();
        return EfEntityQuery(context, first).ToList();
    }

    private NpgsqlCommand NewCommand(string sql, long first) => access.NewCommand(sql, ("first", first), ("last", Last(first)));
}
