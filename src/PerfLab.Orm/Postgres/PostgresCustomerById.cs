using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Postgres;

/// <summary>
/// <see cref="CustomerById"/> on PostgreSQL: one customer by primary key (an Index Scan on <c>Customers_pkey</c>),
/// the same predicate, columns and <see cref="Customer"/> (null when absent). Each call is at least one round trip.
/// PostgreSQL's own: the read on a pooled connection (for loads) and <c>FromSqlRaw</c> with Npgsql's parameter.
/// </summary>
public sealed class PostgresCustomerById : CustomerByIdHandCoded<NpgsqlAdo, NpgsqlCommand, NpgsqlRow>
{
    public static readonly string Sql = $"""SELECT {PostgresColumns.Customers} FROM "Customers" WHERE "Id" = @id""";

    private static readonly Func<CommerceDbContext, long, Customer?> Compiled = CompileNoTracking();

    private readonly PostgresDataAccess _access;

    public PostgresCustomerById(PostgresDataAccess access) : base(access, new NpgsqlAdo(access), Sql, Compiled) => _access = access;

    /// <summary>
    /// The baseline's SQL the way a service answers concurrent requests: a connection from the pool per call
    /// (<see cref="PostgresDataAccess.Pool"/>), asynchronously, so calls overlap (a load's requests; the shared
    /// connection serves one call at a time).
    /// </summary>
    public async ValueTask<Customer?> AdoPooledAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _access.Pool.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection) { Parameters = { new("id", id) } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? RowMapper.Customer(new NpgsqlRow(reader)) : null;
    }

    /// <summary><c>FromSqlRaw</c> with <see cref="Sql"/>, not composed on, as on SQLite.</summary>
    public Customer? EfFromSql(long id)
    {
        using var context = RentContext();
        return context.Customers.FromSqlRaw(Sql, new NpgsqlParameter("id", id)).AsNoTracking().AsEnumerable().FirstOrDefault();
    }
}
