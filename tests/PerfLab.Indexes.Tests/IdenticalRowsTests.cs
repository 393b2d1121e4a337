using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite;
using PerfLab.Data.Sqlite.IndexVariants;

namespace PerfLab.Indexes.Tests;

/// <summary>Every path in one comparison returns the same rows for the same keys: the rows the generator made.</summary>
public sealed class IdenticalRowsTests
{
    private const int Rows = 2_000;
    private const int OrderRows = 4_000;
    private static readonly CustomerKeySample Sample = CustomerKeySample.Create(Rows, keyCount: 200, rangeLength: 100);
    private static readonly Customer[] Customers = new CommerceDataGenerator(Rows).Customers().ToArray();

    [Fact]
    public void Point_lookups_by_id_and_by_email_return_the_same_customers_through_every_path()
    {
        var expected = Sample.RandomIds.Select(id => Card(Customers[(long)id - 1])).ToArray();

        Assert.Equal(expected, Lookups(AccessPaths.CustomerById_RowidPrimaryKey, Sample.RandomIds));
        Assert.Equal(expected, Lookups(AccessPaths.CustomerById_IntPrimaryKey, Sample.RandomIds));
        Assert.Equal(expected, Lookups(AccessPaths.CustomerByEmail_Clustered, Sample.RandomEmails));
        Assert.Equal(expected, Lookups(AccessPaths.CustomerByEmail_SecondaryIndex, Sample.RandomEmails));
        Assert.Equal(expected, Lookups(AccessPaths.CustomerByEmail_CoveringIndex, Sample.RandomEmails));
        Assert.Equal(expected, Lookups(AccessPaths.CustomerByEmail_Scan, Sample.RandomEmails));
    }

    [Fact]
    public void Sequential_keys_are_neighbours_in_the_searched_order_and_find_the_same_rows_on_every_path()
    {
        var byEmail = Customers.OrderBy(c => c.Email, StringComparer.Ordinal).ToArray();
        var first = Array.FindIndex(byEmail, c => c.Email == (string)Sample.SequentialEmails[0]);
        var expectedByEmail = byEmail[first..(first + Sample.SequentialEmails.Length)].Select(Card).ToArray();
        var firstId = (long)Sample.SequentialIds[0];
        var expectedById = Customers[(int)(firstId - 1)..(int)(firstId - 1 + Sample.SequentialIds.Length)].Select(Card).ToArray();

        Assert.Equal(expectedById, Lookups(AccessPaths.CustomerById_RowidPrimaryKey, Sample.SequentialIds));
        Assert.Equal(expectedByEmail, Lookups(AccessPaths.CustomerByEmail_Clustered, Sample.SequentialEmails));
        Assert.Equal(expectedByEmail, Lookups(AccessPaths.CustomerByEmail_SecondaryIndex, Sample.SequentialEmails));
    }

    [Fact]
    public void Id_ranges_return_the_same_consecutive_customers_through_every_path()
    {
        var expected = Sample.IdRanges.Select(r => Customers.Where(c => c.Id >= (long)r.From && c.Id <= (long)r.To).Select(Card).ToArray()).ToArray();

        Assert.All(expected, range => Assert.Equal(100, range.Length));
        Assert.Equal(expected, Ranges(AccessPaths.CustomerIdRange_RowidPrimaryKey, Sample.IdRanges));
        Assert.Equal(expected, Ranges(AccessPaths.CustomerIdRange_IntPrimaryKey, Sample.IdRanges));
    }

    [Fact]
    public void Email_ranges_return_the_same_customers_in_email_order_through_every_path()
    {
        var expected = Sample.EmailRanges
            .Select(r => Customers
                .Where(c => string.CompareOrdinal(c.Email, (string)r.From) >= 0 && string.CompareOrdinal(c.Email, (string)r.To) <= 0)
                .OrderBy(c => c.Email, StringComparer.Ordinal)
                .Select(Card)
                .ToArray())
            .ToArray();

        Assert.All(expected, range => Assert.Equal(100, range.Length));
        Assert.Equal(expected, Ranges(AccessPaths.CustomerEmailRange_Clustered, Sample.EmailRanges));
        Assert.Equal(expected, Ranges(AccessPaths.CustomerEmailRange_SecondaryIndex, Sample.EmailRanges));
        Assert.Equal(expected, Ranges(AccessPaths.CustomerEmailRange_CoveringIndex, Sample.EmailRanges));
        Assert.Equal(expected, Ranges(AccessPaths.CustomerEmailRange_Scan, Sample.EmailRanges));
    }

    [Fact]
    public void Orders_of_consecutive_customers_are_the_same_through_both_paths()
    {
        var generator = new CommerceDataGenerator(OrderTableVariant.ScaleForRows(OrderRows));
        var orders = generator.Orders().ToArray();
        var ranges = OrderKeySample.CustomerRanges(OrderRows, customersPerRange: 25, count: 20);
        var expected = ranges
            .Select(r => orders
                .Where(o => o.CustomerId >= (long)r.From && o.CustomerId <= (long)r.To)
                .OrderBy(o => o.CustomerId).ThenBy(o => o.OrderedAt).ThenBy(o => o.Id)
                .Select(o => new OrderHeader(o.Id, o.CustomerId, o.OrderedAt, o.Total))
                .ToArray())
            .ToArray();

        Assert.Equal(OrderRows, orders.Length);
        Assert.True(expected.Sum(r => r.Length) > 20 * 25 * 2, "the ranges should hold about four orders per customer");
        Assert.Equal(expected, Ranges(AccessPaths.OrdersOfCustomers_Clustered, ranges, OrderRows));
        Assert.Equal(expected, Ranges(AccessPaths.OrdersOfCustomers_SecondaryIndex, ranges, OrderRows));
    }

    [Fact]
    public void A_path_database_holds_the_requested_number_of_rows_whatever_the_table()
    {
        using var customers = AccessPaths.CustomerById_RowidPrimaryKey.Open(Rows);
        using var orders = AccessPaths.OrdersOfCustomers_Clustered.Open(OrderRows);
        using var customerConnection = customers.Database.OpenConnection();
        using var orderConnection = orders.Database.OpenConnection();

        Assert.Equal(Rows, Schema.Scalar(customerConnection, "SELECT count(*) FROM Customers"));
        Assert.Equal(OrderRows, Schema.Scalar(orderConnection, "SELECT count(*) FROM Orders"));
        Assert.NotNull(customers.Query.Single(1L)); // the read snapshot is now held...
        Assert.Equal(new FileInfo(customers.Database.FilePath).Length, customers.MeasureFileSize()); // ...and does not block the size
        Assert.True(customers.MeasureFileSize() > 0);
    }

    private static CustomerCard Card(Customer customer) => new(customer.Id, customer.Email, customer.Name, customer.LoyaltyPoints);

    private static CustomerCard?[] Lookups(AccessPath<CustomerCard> path, object[] keys)
    {
        using var database = path.Open(Rows);
        var cycle = new KeyCycle<object>(keys);
        return keys.Select(_ => database.Query.Single(cycle.Next())).ToArray();
    }

    private static TRow[][] Ranges<TRow>(AccessPath<TRow> path, (object From, object To)[] ranges, int rows = Rows) where TRow : class
    {
        using var database = path.Open(rows);
        return ranges.Select(r => database.Query.Range(r).ToArray()).ToArray();
    }
}
