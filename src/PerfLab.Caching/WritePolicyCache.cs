using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace PerfLab.Caching;

/// <summary>How a cache keeps up with writes to the database.</summary>
public enum WritePolicy
{
    /// <summary>Writes go to the database only; a cached entry stays (stale) until its time to live runs out.</summary>
    TtlOnly,

    /// <summary>The write path updates the database and then the cache with the new value.</summary>
    WriteThrough,

    /// <summary>The database publishes a change event after each write; the cache removes that entry on it.</summary>
    InvalidateOnWrite,
}

/// <summary>
/// Cache-aside reads over <see cref="IMemoryCache"/> (with a time to live) plus a <see cref="WritePolicy"/> for writes.
/// </summary>
public sealed class WritePolicyCache : ICustomerCache, ICustomerRepository, IDisposable
{
    private readonly MemoryCacheAside _aside;
    private readonly SqliteCustomerStore _store;

    public WritePolicyCache(IMemoryCache cache, SqliteCustomerStore store, TimeSpan timeToLive, WritePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(store);
        _aside = new MemoryCacheAside(cache, store, timeToLive);
        _store = store;
        Policy = policy;
        // Invalidation hangs off the write path's event, not off this class's own writes: any writer that goes
        // through the store invalidates.
        if (policy == WritePolicy.InvalidateOnWrite) store.Changed += _aside.Remove;
    }

    public WritePolicy Policy { get; }

    public ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default) => _aside.GetAsync(id, cancellationToken);

    public ValueTask RemoveAsync(long id, CancellationToken cancellationToken = default) => _aside.RemoveAsync(id, cancellationToken);

    public ValueTask UpdateLoyaltyPointsAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        _store.UpdateLoyaltyPoints(customer);
        if (Policy == WritePolicy.WriteThrough) _aside.Put(CacheKeys.Customer(customer.Id), customer);
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        if (Policy == WritePolicy.InvalidateOnWrite) _store.Changed -= _aside.Remove;
    }
}

/// <summary>
/// Versioned keys over <see cref="IMemoryCache"/>: each customer's key carries a version number, and a write bumps
/// the version instead of touching the cache. Readers then ask for a key nobody has cached; the old entry is never
/// read again and ages out by its time to live.
/// </summary>
/// <remarks>
/// The versions live in process here; a distributed deployment keeps them where every node sees them (a Redis
/// INCR, a version column). A read pays one extra dictionary lookup and a longer key.
/// </remarks>
public sealed class VersionedKeyCache(IMemoryCache cache, SqliteCustomerStore store, TimeSpan timeToLive) : ICustomerCache, ICustomerRepository
{
    private readonly MemoryCacheAside _aside = new(cache, store, timeToLive);
    private readonly ConcurrentDictionary<long, long> _versions = new();

    public ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default) =>
        _aside.GetAsync(CacheKeys.Customer(id, _versions.GetValueOrDefault(id)), id, cancellationToken);

    public ValueTask UpdateLoyaltyPointsAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        store.UpdateLoyaltyPoints(customer);
        BumpVersion(customer.Id);
        return ValueTask.CompletedTask;
    }

    /// <summary>Forgetting an entry is bumping its version: the next read misses.</summary>
    public ValueTask RemoveAsync(long id, CancellationToken cancellationToken = default)
    {
        BumpVersion(id);
        return ValueTask.CompletedTask;
    }

    private void BumpVersion(long id) => _versions.AddOrUpdate(id, 1, static (_, version) => version + 1);
}
