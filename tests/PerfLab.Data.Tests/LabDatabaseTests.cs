using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite;

namespace PerfLab.Data.Tests;

public sealed class LabDatabaseTests
{
    private static readonly DatabaseSpec Small = new(CommerceSchema.Instance, Scale: 200);

    [Fact]
    public void Fresh_build_holds_every_generated_row()
    {
        using var database = LabDatabase.Create(Small, DatabaseReuse.Fresh);
        var data = new CommerceDataGenerator(Small.Scale, Small.Seed);
        using var connection = database.OpenConnection();

        Assert.Equal(data.CustomerCount, Count(connection, "Customers"));
        Assert.Equal(data.ProductCount, Count(connection, "Products"));
        Assert.Equal(data.OrderCount, Count(connection, "Orders"));
        Assert.Equal(data.OrderLines().LongCount(), Count(connection, "OrderLines"));
        Assert.False(database.FromTemplate);
    }

    [Fact]
    public void Schema_has_tables_and_secondary_indexes_in_wal_mode()
    {
        using var database = LabDatabase.Create(Small, DatabaseReuse.Fresh);
        using var connection = database.OpenConnection();

        var names = Strings(connection, "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
        Assert.Equal(
            ["Customers", "IX_Customers_Email", "IX_OrderLines_OrderId", "IX_OrderLines_ProductId", "IX_Orders_CustomerId",
             "IX_Orders_OrderedAt", "IX_Products_Sku", "OrderLines", "Orders", "Products"],
            names);
        Assert.Equal("wal", Strings(connection, "PRAGMA journal_mode").Single());
    }

    [Fact]
    public void Rows_read_back_as_generated()
    {
        using var database = LabDatabase.Create(Small, DatabaseReuse.Fresh);
        var expected = new CommerceDataGenerator(Small.Scale, Small.Seed).Customers().First(c => c.Id == 42);
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ExternalId, Email, Name, Phone, CreatedAt FROM Customers WHERE Id = 42";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());

        Assert.Equal(expected.ExternalId, Guid.Parse(reader.GetString(0)));
        Assert.Equal(expected.Email, reader.GetString(1));
        Assert.Equal(expected.Name, reader.GetString(2));
        Assert.Equal(expected.Phone, reader.IsDBNull(3) ? null : reader.GetString(3));
        Assert.Equal(expected.CreatedAt, SqliteValues.ParseTimestamp(reader.GetString(4)));
    }

    [Fact]
    public void Dispose_deletes_the_private_directory()
    {
        var database = LabDatabase.Create(Small, DatabaseReuse.Fresh);
        using (var connection = database.OpenConnection())
        {
            Assert.True(Count(connection, "Customers") > 0); // leaves a pooled connection holding the file
        }
        var directory = Path.GetDirectoryName(database.FilePath)!;
        Assert.True(File.Exists(database.FilePath));

        database.Dispose();

        Assert.False(Directory.Exists(directory));
        Assert.Throws<ObjectDisposedException>(() => database.OpenConnection());
    }

    [Fact]
    public void Cached_build_is_reused_and_each_copy_is_private()
    {
        using var cache = new TemporaryCacheDirectory();
        var spec = Small with { Seed = 7 };

        using var first = LabDatabase.Create(spec);
        var template = Path.Combine(cache.Path, spec.CacheFileName);
        Assert.True(File.Exists(template));
        var templateWritten = File.GetLastWriteTimeUtc(template);

        using (var connection = first.OpenConnection())
        {
            Execute(connection, "DELETE FROM OrderLines");
        }

        using var second = LabDatabase.Create(spec);
        using var secondConnection = second.OpenConnection();
        Assert.True(second.FromTemplate);
        Assert.NotEqual(first.FilePath, second.FilePath);
        Assert.Equal(templateWritten, File.GetLastWriteTimeUtc(template));
        Assert.True(Count(secondConnection, "OrderLines") > 0, "a write to one copy must not reach the template or other copies");
    }

    [Fact]
    public void Changed_definition_does_not_reuse_an_old_template()
    {
        var a = new DatabaseSpec(CommerceSchema.Instance, 100);
        var b = a with { Scale = 101 };
        Assert.NotEqual(a.CacheFileName, b.CacheFileName);
        Assert.Contains(CommerceSchema.Instance.Fingerprint, a.CacheFileName);
    }

    [Fact]
    public void Sqlite_version_is_reported()
    {
        Assert.Matches(@"^3\.\d+\.\d+", SqliteInfo.Version);
    }

    [Fact]
    public void Query_plan_shows_the_access_path()
    {
        using var database = LabDatabase.Create(Small, DatabaseReuse.Fresh);
        using var connection = database.OpenConnection();

        Assert.Equal("SEARCH Customers USING INTEGER PRIMARY KEY (rowid=?)",
            QueryPlan.Describe(connection, "SELECT * FROM Customers WHERE Id = $id", ("$id", 1)));
        Assert.Equal("SEARCH Customers USING INDEX IX_Customers_Email (Email=?)",
            QueryPlan.Describe(connection, "SELECT * FROM Customers WHERE Email = $e", ("$e", "x")));
    }

    private static long Count(SqliteConnection connection, string table) =>
        (long)Scalar(connection, $"SELECT COUNT(*) FROM {table}")!;

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
