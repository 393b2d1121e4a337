using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PerfLab.Data.Domain;
using PerfLab.Orm.Model;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// One customer by primary key (<c>SEARCH Customers USING INTEGER PRIMARY KEY</c>): the smallest query there is,
/// so it shows each layer's fixed per-call overhead. Every technique runs <see cref="Sql"/> or EF Core's
/// translation of the same predicate and returns the same <see cref="Customer"/> (null when absent).
/// </summary>
public sealed class CustomerById : KeyedQuery
{
    public static readonly string Sql = $"SELECT {RowMapper.CustomerColumns} FROM Customers WHERE Id = $id";

    private static readonly Func<CommerceDbContext, long, Customer?> Compiled = CompileNoTracking();

    /// <summary>
    /// The compiled no-tracking query; a new delegate per engine, since a compiled query keeps the provider's
    /// translation of its first context (PostgreSQL's twin compiles its own).
    /// </summary>
    public static Func<CommerceDbContext, long, Customer?> CompileNoTracking() =>
        EF.CompileQuery((CommerceDbContext context, long id) => context.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id));

    public CustomerById(DataAccess access) : base(access, Sql, "$id") { }

    public Customer? RawStatementReuse(long id)
    {
        var statement = BindRaw(id);
        var customer = statement.Step() ? RowMapper.Customer(statement.Row) : null;
        statement.Reset();
        return customer;
    }

    public Customer? AdoStatementReuse(long id) => Read(BindReused(id));

    public Customer? AdoNewCommand(long id)
    {
        using var command = NewCommand(id);
        return Read(command);
    }

    public Customer? DapperQueryFirstOrDefault(long id) =>
        Access.Connection.QueryFirstOrDefault<Customer>(Sql, new { id });

    public Customer? EfCompiledNoTracking(long id)
    {
        using var context = Access.RentContext();
        return Compiled(context, id);
    }

    public Customer? EfLinqNoTracking(long id)
    {
        using var context = Access.RentContext();
        return context.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id);
    }

    /// <summary>Tracking query in a fresh (pooled) context: the identity map starts empty, so nothing is served from memory.</summary>
    public Customer? EfLinqTracking(long id)
    {
        using var context = Access.RentContext();
        return context.Customers.FirstOrDefault(c => c.Id == id);
    }

    /// <summary>Raw SQL through EF (<c>FromSqlRaw</c>: the column list is built, so not an interpolated <c>FromSql</c>), not composed on, so EF runs <see cref="Sql"/> as written.</summary>
    public Customer? EfFromSql(long id)
    {
        using var context = Access.RentContext();
        return context.Customers.FromSqlRaw(Sql, new SqliteParameter("$id", id)).AsNoTracking().AsEnumerable().FirstOrDefault();
    }

    /// <summary>As <see cref="EfLinqNoTracking"/>, with a context constructed per call instead of rented from the pool.</summary>
    public Customer? EfLinqNoTrackingNewContext(long id)
    {
        using var context = Access.NewContext();
        return context.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id);
    }

    /// <summary>The LINQ query the EF techniques run, for plan tests.</summary>
    public static IQueryable<Customer> EfQuery(CommerceDbContext context, long id) =>
        context.Customers.AsNoTracking().Where(c => c.Id == id).Take(1);

    private static Customer? Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read() ? RowMapper.Customer(new AdoRow(reader)) : null;
    }
}
