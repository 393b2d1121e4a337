using PerfLab.Data.Postgres;
using PerfLab.Data.Servers;
using PerfLab.Indexes.Postgres;
using PerfLab.Tests.Shared;

namespace PerfLab.Indexes.Tests;

[Collection(PostgresIndexServer.Collection)]
public sealed class PostgresCustomerInsertTests(PostgresIndexServer server)
{
    private const int Existing = 2_000;
    private const int New = 500;

    [PostgresFact]
    public void Each_insert_table_has_the_secondary_indexes_its_name_says_and_a_primary_key_of_its_type()
    {
        foreach (var (table, count) in new[]
                 {
                     (PostgresInsertTable.NoSecondaryIndex, 0), (PostgresInsertTable.OneSecondaryIndex, 1), (PostgresInsertTable.ThreeSecondaryIndexes, 3),
                     (PostgresInsertTable.FiveSecondaryIndexes, 5), (PostgresInsertTable.UuidV4Key, 0), (PostgresInsertTable.UuidV7Key, 0),
                 })
        {
            Assert.Equal(count, table.SecondaryIndexCount);
            Assert.Equal((long)count + 1, server.Scalar($"SELECT count(*) FROM pg_indexes WHERE schemaname = '{table.Schema}' AND tablename = 'Customers'"));
            Assert.Equal(table.Key == InsertKey.Bigint ? "bigint" : "uuid",
                server.Scalar($"SELECT data_type FROM information_schema.columns WHERE table_schema = '{table.Schema}' AND table_name = 'Customers' AND column_name = 'Id'"));
        }
    }

    [Fact]
    public void Every_insert_table_is_the_commerce_customers_table_with_its_own_key_type()
    {
        foreach (var table in PostgresInsertTable.All)
        {
            var keyType = table.Key == InsertKey.Bigint ? "bigint" : "uuid";
            Assert.Contains(PostgresCommerce.CreateCustomersTable($"{table.Schema}.\"Customers\"", keyType) + " WITH (autovacuum_enabled = off)", table.SetupStatements);
        }
    }

    [PostgresFact]
    public void Every_insert_table_ends_with_the_same_rows_whatever_its_key()
    {
        var tables = PostgresInsertTable.All.Select(table =>
        {
            using var insert = PostgresCustomerInsert.Start(server.ConnectionString, table, Existing, New);
            insert.Reset();
            Assert.Equal(New, insert.Insert());
            return PostgresIndexServer.Strings(insert.Connection,
                """SELECT "ExternalId", "Email", "Name", "City", "Country", "Phone", "CreatedAt", "LoyaltyPoints" FROM "Customers" ORDER BY "Email" """);
        }).ToArray();

        Assert.Equal(Existing + New, tables[0].Length);
        Assert.All(tables, table => Assert.Equal(tables[0], table));
    }

    [PostgresFact]
    public void Reset_restores_the_starting_state_after_an_insert()
    {
        foreach (var table in new[] { PostgresInsertTable.FiveSecondaryIndexes, PostgresInsertTable.UuidV4Key })
        {
            using var insert = PostgresCustomerInsert.Start(server.ConnectionString, table, Existing, New);
            insert.Reset();
            var sizes = insert.MeasureSizes();
            insert.Insert();
            Assert.NotEqual(sizes, insert.MeasureSizes());

            insert.Reset();

            Assert.Equal(sizes, insert.MeasureSizes());
            Assert.Equal((long)Existing, PostgresIndexServer.Strings(insert.Connection, """SELECT count(*) FROM "Customers" """).Select(long.Parse).Single());
            Assert.Equal(New, insert.Insert()); // the same new rows insert again without a key conflict
        }
    }

    [PostgresFact]
    public void Version_7_keys_arrive_in_key_order_and_version_4_keys_do_not()
    {
        using var v7 = PostgresCustomerInsert.Start(server.ConnectionString, PostgresInsertTable.UuidV7Key, Existing, New);
        using var v4 = PostgresCustomerInsert.Start(server.ConnectionString, PostgresInsertTable.UuidV4Key, Existing, New);
        v7.Reset();
        v4.Reset();

        string[] InsertionOrder(PostgresCustomerInsert insert) => PostgresIndexServer.Strings(insert.Connection, """SELECT "Id" FROM "Customers" ORDER BY ctid""");
        string[] KeyOrder(PostgresCustomerInsert insert) => PostgresIndexServer.Strings(insert.Connection, """SELECT "Id" FROM "Customers" ORDER BY "Id" """);

        Assert.Equal(KeyOrder(v7), InsertionOrder(v7));
        Assert.NotEqual(KeyOrder(v4), InsertionOrder(v4));
        Assert.All(InsertionOrder(v7), key => Assert.Equal(7, Guid.Parse(key).Version));
        Assert.All(InsertionOrder(v4), key => Assert.Equal(4, Guid.Parse(key).Version));
    }

    [PostgresFact]
    public void Every_insert_commits_durably()
    {
        using var insert = PostgresCustomerInsert.Start(server.ConnectionString, PostgresInsertTable.NoSecondaryIndex, Existing, New);

        Assert.Contains("synchronous_commit=on, fsync=on", PostgresServer.DescribeSettings(insert.Connection), StringComparison.Ordinal);
    }

    [PostgresFact]
    public void A_random_key_insert_writes_more_wal_than_an_ordered_one()
    {
        long Wal(PostgresInsertTable table)
        {
            using var insert = PostgresCustomerInsert.Start(server.ConnectionString, table, Existing, New);
            insert.Reset();
            return insert.MeasureWalBytes();
        }

        Assert.True(Wal(PostgresInsertTable.UuidV4Key) > Wal(PostgresInsertTable.UuidV7Key));
    }
}
