namespace PerfLab.Api;

/// <summary>
/// A client's HTTP cache of orders by customer: the last answer and its ETag, revalidated with <c>If-None-Match</c>; a
/// 304 hands back the copy already decoded.
/// </summary>
public sealed class ConditionalCache
{
    private readonly Dictionary<long, (string ETag, CustomerOrders Orders)> _entries = [];

    public int Count => _entries.Count;

    public bool TryGet(long customerId, out string etag, out CustomerOrders orders)
    {
        if (_entries.TryGetValue(customerId, out var entry))
        {
            (etag, orders) = entry;
            return true;
        }
        (etag, orders) = ("", null!);
        return false;
    }

    public void Store(long customerId, string etag, CustomerOrders orders) => _entries[customerId] = (etag, orders);
}
