namespace PerfLab.Indexes.Postgres;

/// <summary>
/// Half-open time windows <c>[From, To)</c> over the generated orders of a data set, each holding about
/// <see cref="CustomerKeySample.DefaultRangeLength"/> orders (exactly, unless two orders share a second at an edge),
/// random starts with the suite's fixed seed.
/// </summary>
public static class OrderTimeSample
{
    public static (object From, object To)[] Windows(int scale, int ordersPerWindow = CustomerKeySample.DefaultRangeLength, int count = 256)
    {
        var times = new CommerceDataGenerator(scale).Orders().Select(o => o.OrderedAt).Order().ToArray();
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordersPerWindow, times.Length);
        var random = new Random(CustomerKeySample.Seed);
        return Enumerable.Range(0, count)
            .Select(_ => random.Next(0, times.Length - ordersPerWindow))
            .Select(start => ((object)times[start], (object)times[start + ordersPerWindow]))
            .ToArray();
    }
}
