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

    private static CustomerTableVariant Variant(string name) =>
        (CustomerTableVariant)typeof(CustomerTableVariant).GetField(name)!.GetValue(null)!;
}
