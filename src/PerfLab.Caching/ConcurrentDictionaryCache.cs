using System.Collections.Concurrent;

namespace PerfLab.Caching;

/// <summary>
/// Cache-aside over a <see cref="ConcurrentDictionary{TKey,TValue}"/> keyed by the id: no key string, no expiry, no
/// size limit, no eviction. The least a hit can cost, and the floor the other caches are measured against.
/// </summary>
public sealed class ConcurrentDictionaryCache(ICustomerReader origin) : ICustomerCache
{
    private readonly ConcurrentDictionary<long, Customer> _entries = new();

    public ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default) =>
        _entries.TryGetValue(id, out var hit) ? new(hit) : LoadAsync(id, cancellationToken);

    public ValueTask RemoveAsync(long id, CancellationToken cancellationToken = default)
    {
        _entries.TryRemove(id, out _);
        return ValueTask.CompletedTask;
    }

    private async ValueTask<Customer> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var customer = await origin.GetAsync(id, cancellationToken).ConfigureAwait(false);
        _entries[id] = customer;
        return customer;
    }
}
