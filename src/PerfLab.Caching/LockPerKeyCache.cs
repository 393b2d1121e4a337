using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace PerfLab.Caching;

/// <summary>
/// Cache-aside over <see cref="IMemoryCache"/> with a lock per key around the miss: the first caller loads, the rest
/// wait for it and then find the entry (double-checked). The hand-written answer to a stampede.
/// </summary>
/// <remarks>
/// A hit never touches a lock. The semaphores are kept for the cache's lifetime (one per key ever missed), which is
/// the simple, correct version; removing them safely needs reference counting.
/// </remarks>
public sealed class LockPerKeyCache(IMemoryCache cache, ICustomerReader origin, TimeSpan timeToLive) : ICustomerCache
{
    private readonly MemoryCacheAside _aside = new(cache, origin, timeToLive);
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _locks = new();

    public ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var key = CacheKeys.Customer(id);
        return _aside.TryGet(key, out var hit) ? new(hit) : LoadOnceAsync(key, id, cancellationToken);
    }

    public ValueTask RemoveAsync(long id, CancellationToken cancellationToken = default) => _aside.RemoveAsync(id, cancellationToken);

    private async ValueTask<Customer> LoadOnceAsync(string key, long id, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(id, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _aside.TryGet(key, out var loadedMeanwhile)
                ? loadedMeanwhile
                : await _aside.LoadAsync(key, id, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
