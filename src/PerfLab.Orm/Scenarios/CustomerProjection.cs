using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// A page of 100 customers by primary-key range, read either as three columns into <see cref="CustomerSummary"/>
/// or as whole <see cref="Customer"/> entities (nine columns, with a Guid and a timestamp to parse): what
/// selecting only what the screen needs saves in each layer. SQLite's own: EF Core's <c>SqlQueryRaw</c> with its parameters.
/// </summary>
/// <remarks>
/// The ADO.NET rows are hand coded: a new command per page, as Dapper and EF Core build one per query.
/// </remarks>
public sealed class CustomerProjection(DataAccess access)
    : CustomerProjectionHandCoded<SqliteAdo, SqliteCommand, AdoRow>(access, new SqliteAdo(access), SummarySql, EntitySql)
{
    private const string Range = "FROM Customers WHERE Id >= $first AND Id <= $last ORDER BY Id";
    public const string SummarySql = "SELECT Id, Name, Email " + Range;
    public static readonly string EntitySql = $"SELECT {RowMapper.CustomerColumns} {Range}";

    /// <summary>EF's <c>Database.SqlQuery</c> into an unmapped type, with the hand-written SQL.</summary>
    public List<CustomerSummary> EfSqlQuerySummaries(long first)
    {
        using var context = RentContext();
        return context.Database.SqlQueryRaw<CustomerSummary>(SummarySql, new SqliteParameter("$first", first), new SqliteParameter("$last", Last(first))).ToList();
    }
}
