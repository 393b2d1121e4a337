using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PerfLab.Transactions.Isolation;

/// <summary>
/// EF Core over <see cref="CounterSchema"/>: <c>Version</c> is a concurrency token, so SaveChanges writes
/// <c>UPDATE … WHERE Id = @id AND Version = @original</c> and throws <see cref="DbUpdateConcurrencyException"/> when
/// another writer changed the row since it was read.
/// </summary>
public sealed class CounterContext(DbContextOptions<CounterContext> options) : DbContext(options)
{
    public DbSet<Counter> Counters => Set<Counter>();

    /// <summary>Options over an open connection owned by the caller (one per worker).</summary>
    public static DbContextOptions<CounterContext> CreateOptions(DbConnection connection) =>
        new DbContextOptionsBuilder<CounterContext>().UseSqlite(connection).Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Counter>(e =>
        {
            e.ToTable("Counters");
            e.Property(c => c.Id).ValueGeneratedNever();
            e.Property(c => c.Version).IsConcurrencyToken();
        });
}
