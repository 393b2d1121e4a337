using Microsoft.Extensions.Caching.Memory;

namespace PerfLab.Caching;

/// <summary>
/// Cache-aside over <see cref="IMemoryCache"/>: look up, on a miss load from the origin and store with a time to live.
/// Also the building block of the write policies, versioned keys and lock-per-key caches.
/// </summary>
/// <remarks>
/// This is what <c>GetOrCreateAsync</c> does, written out: that extension is an <c>async Task</c> method, so it
/// allocates a <see cref="Task{TResult}"/> on every hit, where <c>TryGetValue</c> plus a synchronous
/// <see cref="ValueTask{TResult}"/> allocates nothing. Like <c>GetOrCreate</c> it takes no lock: concurrent misses
/// on one key all load (the stampede scenario counts them).
/// </remarks>
public sealed class MemoryCacheAside : ICustomerCache
{
    private readonly IMemoryCache _cache;
    private readonly ICustomerReader _origin;
    private readonly MemoryCacheEntryOptions _entryOptions;

    public MemoryCacheAside(IMemoryCache cache, ICustomerReader origin, TimeSpan timeToLive)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(origin);
        _cache = cache;
        _origin = origin;
        _entryOptions = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = timeToLive };
    }

    public ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync(CacheKeys.Customer(id), id, cancellationToken);

    /// <summary>Cache-aside under a key chosen by the caller (versioned keys).</summary>
    public ValueTask<Customer> GetAsync(string key, long id, CancellationToken cancellationToken = default) =>
        TryGet(key, out var hit) ? new(hit) : LoadAsync(key, id, cancellationToken);

    public bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Customer? customer) =>
        _cache.TryGetValue(key, out customer) && customer is not null;

    public void Put(string key, Customer customer) => _cache.Set(key, customer, _entryOptions);

    /// <summary>Loads from the origin and stores the result: the miss path.</summary>
    public async ValueTask<Customer> LoadAsync(string key, long id, CancellationToken cancellationToken = default)
    {
        var customer = await _origin.GetAsync(id, cancellationToken).ConfigureAwait(false);
        Put(key, customer);
        return customer;
    }

    public void Remove(long id) => _cache.Remove(CacheKeys.Customer(id));

    public ValueTask RemoveAsync(long id, CancellationToken cancellationToken = default)
    {
        Remove(id);
        return ValueTask.CompletedTask;
    }
}
