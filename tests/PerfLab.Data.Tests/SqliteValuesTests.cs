using PerfLab.Data.Generation;
using PerfLab.Data.Sqlite;

namespace PerfLab.Data.Tests;

public sealed class SqliteValuesTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("0.99", 99L)]
    [InlineData("1234.5", 123450L)]
    [InlineData("-12.34", -1234L)]
    public void Cents_store_whole_cents_exactly(string amount, long cents) =>
        Assert.Equal(cents, SqliteValues.Cents(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Cents_refuse_a_fraction_of_a_cent() =>
        Assert.Throws<ArgumentException>(() => SqliteValues.Cents(0.125m));

    [Fact]
    public void Every_generated_order_total_is_a_whole_number_of_cents()
    {
        foreach (var order in new CommerceDataGenerator(500).Orders()) Assert.Equal(order.Total, SqliteValues.Cents(order.Total) / 100m);
    }
}
