using Microsoft.EntityFrameworkCore;

namespace PerfLab.Queries.Model;

/// <summary>
/// EF Core's view of the queries suite's tables, mapped by convention (DateTime as EF's sortable TEXT, which is what
/// the builder writes; enums and cents as INTEGER). Only the normalized columns are mapped: the EF techniques read
/// the normalized variant.
/// </summary>
public sealed class QueriesDbContext(DbContextOptions<QueriesDbContext> options) : DbContext(options)
{
    public DbSet<OrderRow> Orders => Set<OrderRow>();
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrderRow>(e =>
        {
            e.ToTable("Orders");
            e.Property(o => o.Id).ValueGeneratedNever();
            e.Ignore(o => o.Key);
        });
        modelBuilder.Entity<Customer>(e =>
        {
            e.ToTable("Customers");
            e.Property(c => c.Id).ValueGeneratedNever();
        });
    }
}
