using Dapper;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PerfLab.Data.Domain;
using PerfLab.Orm.Model;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="CustomerById"/> on PostgreSQL: one customer by primary key (an Index Scan on <c>Customers_pkey</c>),
/// the same predicate, columns and <see cref="Customer"/> (null when absent). Each call is at least one round trip.
/// </summary>
public sealed class PostgresCustomerById : PostgresKeyedQuery
{
    public static readonly string Sql = $"""SELECT {PostgresColumns.Customers} FROM "Customers" WHERE "Id" = @id""";

    private static readonly Func<CommerceDbContext, long, Customer?> Compiled = CustomerById.CompileNoTracking();

    public PostgresCustomerById(PostgresDataAccess access) : base(access, Sql, "id") { }

    public Customer? AdoStatementReuse(long id) => Read(BindReused(id));

    public Customer? AdoNewCommand(long id)
    {
        using var command = NewCommand(id);
        return Read(command);
    }

    /// <summary>
    /// The baseline's SQL the way a service answers concurrent requests: a connection from the pool per call
    /// (<see cref="PostgresDataAccess.Pool"/>), asynchronously, so calls overlap (a load's requests; the shared
    /// connection serves one call at a time).
    /// </summary>
    public async ValueTask<Customer?> AdoPooledAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await Access.Pool.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection) { Parameters = { new("id", id) } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? RowMapper.Customer(new NpgsqlRow(reader)) : null;
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

    /// <summary>Tracking query in a fresh (pooled) context: the identity map starts empty.</summary>
    public Customer? EfLinqTracking(long id)
    {
        using var context = Access.RentContext();
        return context.Customers.FirstOrDefault(c => c.Id == id);
    }

    /// <summary><c>FromSqlRaw</c> with <see cref="Sql"/>, not composed on, as on SQLite.</summary>
    public Customer? EfFromSql(long id)
    {
        using var context = Access.RentContext();
        return context.Customers.FromSqlRaw(Sql, new NpgsqlParameter("id", id)).AsNoTracking().AsEnumerable().FirstOrDefault();
    }

    public Customer? EfLinqNoTrackingNewContext(long id)
    {
        using var context = Access.NewContext();
        return context.Customers.AsNoTracking().FirstOrDefault(c => c.Id == id);
    }

    private static Customer? Read(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read() ? RowMapper.Customer(new NpgsqlRow(reader)) : null;
    }
}
