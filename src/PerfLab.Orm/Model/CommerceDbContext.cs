using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Orm.Model;

/// <summary>
/// EF Core's view of the commerce schema built by <c>PerfLab.Data</c>, on SQLite and on PostgreSQL: the same tables and
/// columns, mapped by EF's conventions. The SQLite provider's default storage (DateTime, decimal and Guid as TEXT, enums and bools as
/// INTEGER) is exactly what the builder writes, so no value converter is configured — and tests prove the rows
/// read back equal to the generated records.
/// </summary>
public sealed class CommerceDbContext(DbContextOptions<CommerceDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<OrderWithLines> Orders => Set<OrderWithLines>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    /// <summary>
    /// Options over an already-open connection, built once and shared by the pool and by every new context, as
    /// an application builds them once at startup. The connection is owned by the caller (EF never closes it).
    /// </summary>
    public static DbContextOptions<CommerceDbContext> CreateOptions(DbConnection connection) =>
        new DbContextOptionsBuilder<CommerceDbContext>().UseSqlite(connection).Options;

    /// <summary>
    /// The same model over PostgreSQL (<c>PerfLab.Data.Postgres.PostgresCommerce</c>'s schema: SQLite's table and
    /// column names, native uuid, timestamptz, numeric and boolean columns, which are Npgsql's default mappings of the
    /// model's types), on a data source the caller owns.
    /// </summary>
    public static DbContextOptions<CommerceDbContext> CreatePostgresOptions(Npgsql.NpgsqlDataSource dataSource) =>
        new DbContextOptionsBuilder<CommerceDbContext>().UseNpgsql(dataSource).Options;

    /// <summary>
    /// The PostgreSQL model over an already-open connection the caller owns, as <see cref="CreateOptions"/> on SQLite:
    /// EF Core then runs on the very connection ADO.NET and Dapper use (EF never closes a connection it did not open).
    /// </summary>
    public static DbContextOptions<CommerceDbContext> CreatePostgresOptions(Npgsql.NpgsqlConnection connection) =>
        new DbContextOptionsBuilder<CommerceDbContext>().UseNpgsql(connection).Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Keys come from the generator (the builder inserts them explicitly), never from the database.
        modelBuilder.Entity<Customer>(e =>
        {
            e.ToTable("Customers");
            e.Property(c => c.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<Product>(e =>
        {
            e.ToTable("Products");
            e.Property(p => p.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<OrderWithLines>(e =>
        {
            e.ToTable("Orders");
            e.Property(o => o.Id).ValueGeneratedNever();
            e.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId);
        });
        modelBuilder.Entity<OrderLine>(e =>
        {
            e.ToTable("OrderLines");
            e.Property(l => l.Id).ValueGeneratedNever();
        });
    }
}
