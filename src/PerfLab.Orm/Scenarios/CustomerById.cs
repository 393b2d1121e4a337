using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Scenarios;

/// <summary>
/// One customer by primary key (<c>SEARCH Customers USING INTEGER PRIMARY KEY</c>): the smallest query there is,
/// so it shows each layer's fixed per-call overhead. Every technique runs <see cref="Sql"/> or EF Core's
/// translation of the same predicate and returns the same <see cref="Customer"/> (null when absent). SQLite's own:
/// the SQLitePCLRaw floor (the statement prepared once, only bound per call) and <c>FromSqlRaw</c> with its parameter.
/// </summary>
public sealed class CustomerById : CustomerByIdHandCoded<SqliteAdo, SqliteCommand, AdoRow>
{
    public static readonly string Sql = $"SELECT {RowMapper.CustomerColumns} FROM Customers WHERE Id = $id";

    private static readonly Func<CommerceDbContext, long, Customer?> Compiled = CompileNoTracking();

    private readonly RawStatement _raw;

    public CustomerById(DataAccess access) : base(access, new SqliteAdo(access), Sql, Compiled) => _raw = access.Raw.Prepare(Sql);

    public Customer? RawStatementReuse(long id)
    {
        _raw.Bind(1, id);
        var customer = _raw.Step() ? RowMapper.Customer(_raw.Row) : null;
        _raw.Reset();
        return customer;
    }

    /// <summary>Raw SQL through EF (<c>FromSqlRaw</c>: the column list is built, so not an interpolated <c>FromSql</c>), not composed on, so EF runs <see cref="Sql"/> as written.</summary>
    public Customer? EfFromSql(long id)
    {
        using var context = RentContext();
        return context.Customers.FromSqlRaw(Sql, new SqliteParameter("$id", id)).AsNoTracking().AsEnumerable().FirstOrDefault();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _raw.Dispose();
        base.Dispose(disposing);
    }
}
