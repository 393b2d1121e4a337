namespace PerfLab.Indexes;

/// <summary>
/// Ranges of consecutive customer ids for an orders table of a given size: each range spans enough customers to hold
/// about <see cref="CustomerKeySample.DefaultRangeLength"/> orders (the generator gives each customer four on average).
/// </summary>
public static class OrderKeySample
{
    public const int CustomersPerRange = CustomerKeySample.DefaultRangeLength / CommerceDataGenerator.OrdersPerCustomer;

    public static (object From, object To)[] CustomerRanges(int orderRows, int customersPerRange = CustomersPerRange, int count = 256)
    {
        var customers = OrderTableVariant.ScaleForRows(orderRows);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(customersPerRange, customers);
        var random = new Random(CustomerKeySample.Seed);
        return Enumerable.Range(0, count)
            .Select(_ => random.Next(1, customers - customersPerRange + 2))
            .Select(start => ((object)(long)start, (object)(long)(start + customersPerRange - 1)))
            .ToArray();
    }
}
