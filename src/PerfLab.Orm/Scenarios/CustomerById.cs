using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// One customer by primary key (<c>SEARCH Customers USING INTEGER PRIMARY KEY</c>): the smallest query there is,
/// so it shows each layer's fixed per-call overhead. Every technique runs <see cref="Sql"/> or EF Core's
/// translation of the same predicate and returns the same <see cref="Customer"/> (null when absent). SQLite's own:
/// the SQLitePCLRaw floor, ADO.NET and <c>FromSqlRaw</c> with SQLite's parameters.
/// </summary>
public sealed class CustomerById : CustomerByIdTechniques, IDisposable
{
    public static readonly string Sql = $"SELECT {RowMapper.CustomerColumns} FROM Customers WHERE Id = $id";

    private static readonly Func<CommerceDbContext, long, Customer?> Compiled = CompileNoTracking();

    private readonly KeyedQuery _query;

    public CustomerById(DataAccess access) : base(access, Sql, Compiled) => _query = new KeyedQuery(access, Sql, "$id");

    public Customer? RawStatementReuse(long id)
    {
        var statement = _query.BindRaw(id);
        var customer = statement.Step() ? RowMapper.Customer(statement.Row) : null;
        statement.Reset();
        return customer;
    }

    public Customer? AdoStatementReuse(long id) => Read(_query.BindReused(id));

    public Customer? AdoNewCommand(long id)
    {
        using var command = _query.NewCommand(id);
        return Read(command);
    }

    /// <summary>Raw SQL through EF (<c>FromSqlRaw</c>: the column list is built, so not an interpolated <c>FromSql</c>), not composed on, so EF runs <see cref="Sql"/> as written.</summary>
    public Customer? EfFromSql(long id)
    {
        using var context = RentContext();
        return context.Customers.FromSqlRaw(Sql, new SqliteParameter("$id", id)).AsNoTracking().AsEnumerable().FirstOrDefault();
    }

    public void Dispose() => _query.Dispose();

    private static Customer? Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return ReadFirst(new AdoRow(reader));
    }
}
