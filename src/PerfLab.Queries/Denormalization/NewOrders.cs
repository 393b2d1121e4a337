namespace PerfLab.Queries.Denormalization;

/// <summary>New orders for the insert benchmarks: each call the next sample's contents under the next unused id.</summary>
public sealed class NewOrders(OrderRow[] samples, long firstId)
{
    private readonly KeyCycle<OrderRow> _samples = new(samples);
    private long _nextId = firstId;

    public OrderRow Next() => _samples.Next() with { Id = _nextId++ };
}
