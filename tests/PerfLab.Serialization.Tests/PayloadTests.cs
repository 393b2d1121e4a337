using PerfLab.Data.Generation;
using PerfLab.Serialization.Fidelity;
using PerfLab.Serialization.Payloads;

namespace PerfLab.Serialization.Tests;

public sealed class PayloadTests
{
    [Fact]
    public void Small_IsTheDatasetsFirstOrderLine()
    {
        var line = SerializationPayloads.Small.Generated;
        var expected = new CommerceDataGenerator(SerializationPayloads.LargeCustomerCount).OrderLines().First();

        Assert.Equal((expected.Id, expected.ProductId, expected.Quantity, expected.UnitPrice, expected.Discount),
            (line.Id, line.ProductId, line.Quantity, line.UnitPrice, line.Discount));
    }

    [Fact]
    public void Medium_IsOneOrderWithItsCustomerAndTwentyLines()
    {
        var order = SerializationPayloads.Medium.Generated;
        var generator = new CommerceDataGenerator(SerializationPayloads.LargeCustomerCount);
        var source = generator.Orders().First();

        Assert.Equal(SerializationPayloads.MediumLineCount, order.Lines.Count);
        Assert.All(order.Lines, l => Assert.Equal(order.Id, l.OrderId));
        Assert.Equal(source.CustomerId, order.Customer.Id);
        Assert.Equal(source.OrderedAt, order.OrderedAt.UtcDateTime);
        Assert.Equal(decimal.Round(order.Lines.Sum(l => l.Quantity * l.UnitPrice * (1 - (l.Discount ?? 0))), 2), order.Total);
        // The nullable number takes both forms, so serializers write both.
        Assert.Contains(order.Lines, l => l.Discount is null);
        Assert.Contains(order.Lines, l => l.Discount is not null);
    }

    [Fact]
    public void Large_IsTenThousandDistinctCustomers()
    {
        var page = SerializationPayloads.Large.Generated;

        Assert.Equal(SerializationPayloads.LargeCustomerCount, page.Customers.Count);
        Assert.Equal(page.Customers.Count, page.Customers.Select(c => c.Email).Distinct().Count());
        Assert.Contains(page.Customers, c => c.Phone is null);
        Assert.Contains(page.Customers, c => c.Name.Any(ch => ch > 127));
    }

    [Fact]
    public void Numeric_IsAHundredThousandLineFigures()
    {
        var batch = SerializationPayloads.Numeric.Generated;

        Assert.Equal(SerializationPayloads.NumericLineCount, batch.Lines.Length);
        Assert.Equal(32, System.Runtime.CompilerServices.Unsafe.SizeOf<Contracts.OrderLineFigures>());
    }

    [Fact]
    public void Payloads_AreDeterministic()
    {
        Assert.Empty(FidelityComparer.Compare(SerializationPayloads.Medium.Generated, SerializationPayloads.Medium.Create()));
        Assert.Empty(FidelityComparer.Compare(SerializationPayloads.Large.Generated, SerializationPayloads.Large.Create()));
    }
}
