using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Orm.Model;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// A page of 100 customers by primary-key range, read either as three columns into <see cref="CustomerSummary"/>
/// or as whole <see cref="Customer"/> entities (nine columns, with a Guid and a timestamp to parse): what
/// selecting only what the screen needs saves in each layer.
/// </summary>
/// <remarks>
/// The ADO.NET rows are hand coded: a new command per page, as Dapper and EF Core build one per query.
/// </remarks>
public sealed class CustomerProjection
{
    public const int PageSize = 100;

    private const string Range = "FROM Customers WHERE Id >= $first AND Id <= $last ORDER BY Id";
    public const string SummarySql = "SELECT Id, Name, Email " + Range;
    public static readonly string EntitySql = $"SELECT {RowMapper.CustomerColumns} {Range}";

    private readonly DataAccess _access;

    public CustomerProjection(DataAccess access) => _access = access;

    /// <summary>The first id of every whole page in a table of <paramref name="customers"/> rows.</summary>
    public static KeyCycle<long> PageStarts(int customers) =>
        KeyCycle.Shuffled(Enumerable.Range(0, Math.Max(1, customers / PageSize)).Select(page => (long)page * PageSize + 1));

    public List<CustomerSummary> AdoSummariesNewCommand(long first)
    {
        using var command = NewCommand(SummarySql, first);
        using var reader = command.ExecuteReader();
        var row = new AdoRow(reader);
        var summaries = new List<CustomerSummary>(PageSize);
        while (reader.Read()) summaries.Add(RowMapper.CustomerSummary(row));
        return summaries;
    }

    public List<Customer> AdoEntitiesNewCommand(long first)
    {
        using var command = NewCommand(EntitySql, first);
        using var reader = command.ExecuteReader();
        var row = new AdoRow(reader);
        var customers = new List<Customer>(PageSize);
        while (reader.Read()) customers.Add(RowMapper.Customer(row));
        return customers;
    }

    public List<CustomerSummary> DapperSummaries(long first) =>
        _access.Connection.Query<CustomerSummary>(SummarySql, new { first, last = Last(first) }).AsList();

    public List<Customer> DapperEntities(long first) =>
        _access.Connection.Query<Customer>(EntitySql, new { first, last = Last(first) }).AsList();

    /// <summary>LINQ <c>Select</c> into the DTO: EF selects only the three columns and tracks nothing.</summary>
    public List<CustomerSummary> EfSummaries(long first)
    {
        using var context = _access.RentContext();
        return EfSummaryQuery(context, first).ToList();
    }

    /// <summary>EF's <c>Database.SqlQuery</c> into an unmapped type, with the hand-written SQL.</summary>
    public List<CustomerSummary> EfSqlQuerySummaries(long first)
    {
        using var context = _access.RentContext();
        return context.Database.SqlQueryRaw<CustomerSummary>(SummarySql, new SqliteParameter("$first", first), new SqliteParameter("$last", Last(first))).ToList();
    }

    public List<Customer> EfEntitiesNoTracking(long first)
    {
        using var context = _access.RentContext();
        return EfEntityQuery(context, first).AsNoTracking().ToList();
    }

    /// <summary>The common default: whole tracked entities to show three fields (fresh pooled context per call).</summary>
    public List<Customer> EfEntitiesTracking(long first)
    {
        using var context = _access.RentContext();
        return EfEntityQuery(context, first).ToList();
    }

    public static IQueryable<CustomerSummary> EfSummaryQuery(CommerceDbContext context, long first) =>
        EfEntityQuery(context, first).Select(c => new CustomerSummary(c.Id, c.Name, c.Email));

    public static IQueryable<Customer> EfEntityQuery(CommerceDbContext context, long first)
    {
        var last = Last(first);
        return context.Customers.Where(c => c.Id >= first && c.Id <= last).OrderBy(c => c.Id);
    }

    public static long Last(long first) => first + PageSize - 1;

    private SqliteCommand NewCommand(string sql, long first) => _access.NewCommand(sql, ("$first", first), ("$last", Last(first)));
}
