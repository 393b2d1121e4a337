using PerfLab.Data.Generation;

namespace PerfLab.Data.Tests;

public sealed class CommerceDataGeneratorTests
{
    [Fact]
    public void Same_seed_and_scale_give_the_same_checksum()
    {
        Assert.Equal(new CommerceDataGenerator(300, seed: 1).ComputeChecksum(), new CommerceDataGenerator(300, seed: 1).ComputeChecksum());
    }

    [Fact]
    public void A_different_seed_or_scale_gives_a_different_checksum()
    {
        var baseline = new CommerceDataGenerator(300, seed: 1).ComputeChecksum();
        Assert.NotEqual(baseline, new CommerceDataGenerator(300, seed: 2).ComputeChecksum());
        Assert.NotEqual(baseline, new CommerceDataGenerator(301, seed: 1).ComputeChecksum());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(10_000)]
    public void Row_counts_follow_the_scale(int scale)
    {
        var data = new CommerceDataGenerator(scale);

        Assert.Equal(scale, data.Customers().Count());
        Assert.Equal(Math.Max(50, scale / 10), data.Products().Count);
        Assert.Equal(scale * CommerceDataGenerator.OrdersPerCustomer, data.Orders().Count());
        var lines = data.OrderLines().ToList();
        Assert.InRange(lines.Count, data.OrderCount, data.OrderCount * CommerceDataGenerator.MaxLinesPerOrder);
        Assert.Equal(Enumerable.Range(1, lines.Count).Select(i => (long)i), lines.Select(l => l.Id));
    }

    [Fact]
    public void Keys_and_references_are_consistent()
    {
        var data = new CommerceDataGenerator(500);
        var customers = data.Customers().ToList();

        Assert.Equal(customers.Count, customers.Select(c => c.Email).Distinct().Count());
        Assert.Equal(customers.Count, customers.Select(c => c.ExternalId).Distinct().Count());
        Assert.All(data.Orders(), o => Assert.InRange(o.CustomerId, 1, customers.Count));
        Assert.All(data.OrderLines(), l => Assert.InRange(l.ProductId, 1, data.ProductCount));
    }

    [Fact]
    public void Order_total_is_the_sum_of_its_lines()
    {
        foreach (var (order, lines) in new CommerceDataGenerator(50).OrdersWithLines())
        {
            var sum = lines.Sum(l => l.Quantity * l.UnitPrice * (1 - (l.Discount ?? 0)));
            Assert.Equal(decimal.Round(sum, 2, MidpointRounding.ToEven), order.Total);
        }
    }

    [Fact]
    public void Nullable_columns_hold_both_nulls_and_values()
    {
        var data = new CommerceDataGenerator(1_000);
        Assert.Contains(data.Customers(), c => c.Phone is null);
        Assert.Contains(data.Customers(), c => c.Phone is not null);
        Assert.Contains(data.Orders(), o => o.ShippedAt is null);
        Assert.Contains(data.Orders(), o => o.ShippedAt is not null);
        Assert.Contains(data.OrderLines(), l => l.Discount is null);
        Assert.Contains(data.OrderLines(), l => l.Discount is not null);
    }

    [Fact]
    public void Data_never_depends_on_the_clock()
    {
        var data = new CommerceDataGenerator(200);
        Assert.All(data.Customers(), c => Assert.True(c.CreatedAt <= CommerceDataGenerator.Epoch));
        Assert.All(data.Orders(), o => Assert.True(o.OrderedAt >= CommerceDataGenerator.Epoch));
    }
}
