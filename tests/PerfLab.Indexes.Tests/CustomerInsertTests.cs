using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite.IndexVariants;

namespace PerfLab.Indexes.Tests;

public sealed class CustomerInsertTests
{
    private const int Existing = 1_000;
    private const int New = 200;

    public static TheoryData<string, int> SecondaryIndexCounts => new()
    {
        { nameof(CustomerTableVariant.RowidPrimaryKey), 0 },
        { nameof(CustomerTableVariant.EmailSecondaryIndex), 1 },
        { nameof(CustomerTableVariant.ThreeSecondaryIndexes), 3 },
        { nameof(CustomerTableVariant.FiveSecondaryIndexes), 5 },
        { nameof(CustomerTableVariant.EmailClustered), 0 },
        { nameof(CustomerTableVariant.GuidClustered), 0 },
    };

    [Fact]
    public void New_customers_continue_the_generated_table()
    {
        var rows = CustomerInsert.NewCustomers(Existing, New);
        var existingEmails = new CommerceDataGenerator(Existing).Customers().Select(c => c.Email).ToHashSet();

        Assert.Equal(Enumerable.Range(Existing + 1, New).Select(i => (long)i), rows.Select(c => c.Id));
        Assert.Equal(new CommerceDataGenerator(Existing + New).Customers().Skip(Existing), rows);
        Assert.DoesNotContain(rows, c => existingEmails.Contains(c.Email));
    }

    [Theory]
    [MemberData(nameof(SecondaryIndexCounts))]
    public void Each_write_variant_has_the_secondary_indexes_its_name_says(string variant, int count)
    {
        using var insert = CustomerInsert.Start(Variant(variant), Existing);

        Assert.Equal(count, Schema.Indexes(insert.Connection).Length);
    }

    [Fact]
    public void Every_write_variant_ends_with_the_same_rows()
    {
        var rows = CustomerInsert.NewCustomers(Existing, New);
        var tables = SecondaryIndexCounts.Select(row => (string)row[0]).Select(variant =>
        {
            using var insert = CustomerInsert.Start(Variant(variant), Existing);
            Assert.Equal(New, insert.Insert(rows));
            return Schema.Strings(insert.Connection, "SELECT * FROM Customers ORDER BY Id");
        }).ToArray();

        Assert.Equal(Existing + New, tables[0].Length);
        Assert.All(tables, table => Assert.Equal(tables[0], table));
    }

    [Fact]
    public void Each_start_restores_the_starting_state_after_an_insert()
    {
        var rows = CustomerInsert.NewCustomers(Existing, New);
        long sizeBefore;
        using (var first = CustomerInsert.Start(CustomerTableVariant.EmailClustered, Existing))
        {
            sizeBefore = first.MeasureFileSize();
            first.Insert(rows);
            Assert.Equal(Existing + New, Schema.Scalar(first.Connection, "SELECT count(*) FROM Customers"));
        }

        using var second = CustomerInsert.Start(CustomerTableVariant.EmailClustered, Existing);

        Assert.Equal(Existing, Schema.Scalar(second.Connection, "SELECT count(*) FROM Customers"));
        Assert.Equal(sizeBefore, second.MeasureFileSize());
        Assert.Equal(New, second.Insert(rows)); // the same new rows insert again without a key conflict
    }

    /// <summary>
    /// Enough new rows that every variant's insert writes more than SQLite's 1,000-page auto-checkpoint threshold to
    /// the WAL, as the benchmark's inserts into the indexed variants do.
    /// </summary>
    [Theory]
    [MemberData(nameof(SecondaryIndexCounts))]
    public void The_measured_insert_never_checkpoints_and_runs_under_the_same_settings(string variant, int indexes)
    {
        var rows = CustomerInsert.NewCustomers(Existing, 40_000);
        using var insert = CustomerInsert.Start(Variant(variant), Existing);
        var file = new FileInfo(insert.Connection.DataSource);
        var before = file.Length;

        insert.Insert(rows);

        file.Refresh();
        Assert.Equal(before, file.Length); // nothing was copied from the WAL into the database
        var frames = WalFrames(insert);
        Assert.True(frames > 1_000, $"{variant} ({indexes} indexes) wrote only {frames} WAL frames");
        Assert.Equal("journal_mode=wal, synchronous=NORMAL, wal_autocheckpoint=off, cache_size=2000 KiB", insert.Settings.ToString());
    }

    /// <summary>Frames in the WAL (the second column of a passive checkpoint's result; the checkpoint copies them, harmlessly, at the end of a test).</summary>
    private static long WalFrames(CustomerInsert insert)
    {
        using var command = insert.Connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetInt64(1);
    }

    private static CustomerTableVariant Variant(string name) =>
        (CustomerTableVariant)typeof(CustomerTableVariant).GetField(name)!.GetValue(null)!;
}
