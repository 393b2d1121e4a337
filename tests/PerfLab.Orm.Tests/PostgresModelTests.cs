using Microsoft.EntityFrameworkCore;
using Npgsql;
using PerfLab.Data.Generation;
using PerfLab.Data.Postgres;
using PerfLab.Data.Servers;
using PerfLab.Orm.Model;
using PerfLab.Tests.Shared;

namespace PerfLab.Orm.Tests;

/// <summary>One EF Core model for both engines: over PostgreSQL's schema it reads back exactly the generated rows.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresModelTests
{
    [PostgresFact]
    public void The_commerce_model_reads_the_generated_rows_from_postgresql()
    {
        var data = new CommerceDataGenerator(OrmDatabase.Scale);
        using var server = PostgresServer.Start();
        using var database = PostgresLabDatabase.Create(server.ConnectionString, data.Scale);
        using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        using var context = new CommerceDbContext(CommerceDbContext.CreatePostgresOptions(dataSource));

        Assert.Equal(data.Customers(), context.Customers.AsNoTracking().OrderBy(c => c.Id).ToList());
        Assert.Equal(data.Products(), context.Products.AsNoTracking().OrderBy(p => p.Id).ToList());
        var orders = context.Orders.AsNoTracking().Include(o => o.Lines).OrderBy(o => o.Id).ToList();
        Assert.Equal(data.Orders(), orders.Select(o => o.ToOrder()));
        Assert.Equal(data.OrderLines(), orders.SelectMany(o => o.Lines.OrderBy(l => l.Id)));
    }
}
