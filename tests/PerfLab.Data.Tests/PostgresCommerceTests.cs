using Npgsql;
using PerfLab.Data.Generation;
using PerfLab.Data.Postgres;
using PerfLab.Data.Servers;
using PerfLab.Tests.Shared;

namespace PerfLab.Data.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCommerceTests
{
    private static long Count(NpgsqlConnection connection, string table)
    {
        using var command = new NpgsqlCommand($"""SELECT count(*) FROM "{table}" """, connection);
        return (long)command.ExecuteScalar()!;
    }

    [PostgresFact]
    public void Binary_copy_loads_exactly_the_generated_rows_as_the_checksum_proves()
    {
        var data = new CommerceDataGenerator(scale: 500);
        using var server = PostgresServer.Start();
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();

        PostgresCommerce.Load(connection, data);

        Assert.Equal(data.CustomerCount, Count(connection, "Customers"));
        Assert.Equal(data.ProductCount, Count(connection, "Products"));
        Assert.Equal(data.OrderCount, Count(connection, "Orders"));
        Assert.Equal(data.OrderLines().LongCount(), Count(connection, "OrderLines"));
        Assert.Equal(data.ComputeChecksum(), PostgresCommerce.ComputeChecksum(connection));
    }

    [PostgresFact]
    public void One_changed_value_changes_the_checksum()
    {
        var data = new CommerceDataGenerator(scale: 100);
        using var server = PostgresServer.Start();
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        PostgresCommerce.Load(connection, data);

        using (var update = new NpgsqlCommand("""UPDATE "OrderLines" SET "Quantity" = "Quantity" + 1 WHERE "Id" = 7""", connection)) update.ExecuteNonQuery();

        Assert.NotEqual(data.ComputeChecksum(), PostgresCommerce.ComputeChecksum(connection));
    }

    [PostgresFact]
    public void The_secondary_indexes_match_sqlites_and_the_tables_are_analyzed()
    {
        using var server = PostgresServer.Start();
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        PostgresCommerce.Load(connection, new CommerceDataGenerator(scale: 100));

        using var indexes = new NpgsqlCommand("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE 'IX_%' ORDER BY indexname", connection);
        using (var reader = indexes.ExecuteReader())
        {
            var names = new List<string>();
            while (reader.Read()) names.Add(reader.GetString(0));
            Assert.Equal(Sqlite.CommerceSchema.Instance.PostLoadStatements.Select(s => s.Split(' ')[s.Contains("UNIQUE", StringComparison.Ordinal) ? 3 : 2]).Order(StringComparer.Ordinal), names);
        }
        using var analyzed = new NpgsqlCommand("SELECT count(*) FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL AND last_analyze IS NOT NULL", connection);
        Assert.Equal(4L, analyzed.ExecuteScalar());
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresQueryPlanTests
{
    [PostgresFact]
    public void Plans_name_the_access_path_and_count_the_buffers_read()
    {
        using var server = PostgresServer.Start();
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        PostgresCommerce.Load(connection, new CommerceDataGenerator(scale: 2_000));

        var byKey = PostgresQueryPlan.Explain(connection, """SELECT "Name" FROM "Customers" WHERE "Id" = @id""", ("id", 42L));
        // Only the indexed column is read, and VACUUM set the visibility map: the heap is not visited.
        var covered = PostgresQueryPlan.Explain(connection, """SELECT "Email" FROM "Customers" WHERE "Email" = @email""", ("email", "nobody@example.com"));
        var scan = PostgresQueryPlan.Explain(connection, """SELECT count(*) FROM "Customers" WHERE "City" = @city""", ("city", "Lyon"));

        Assert.Equal(new PlanNode("Index Scan", "Customers", "Customers_pkey"), byKey.Nodes.Single());
        Assert.Equal("Index Scan using Customers_pkey on Customers", byKey.Describe());
        Assert.True(byKey.SharedBuffersHit + byKey.SharedBuffersRead >= 2, "an index page and a heap page at least");
        Assert.Equal(new PlanNode("Index Only Scan", "Customers", "IX_Customers_Email"), covered.Nodes.Single());
        Assert.Contains(scan.Nodes, n => n is { NodeType: "Seq Scan", Relation: "Customers" });
    }
}
