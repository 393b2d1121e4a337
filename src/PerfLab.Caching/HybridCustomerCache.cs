using System.ComponentModel;
using Microsoft.Extensions.Caching.Hybrid;

namespace PerfLab.Caching;

/// <summary>
/// Cache-aside through <see cref="HybridCache"/> (L1 in-process only) caching <see cref="Customer"/> itself. HybridCache
/// cannot know a type is immutable unless it is sealed and marked <c>[ImmutableObject(true)]</c>, which
/// <see cref="Customer"/> is not, so it keeps the serialized bytes and deserializes a fresh copy on every hit:
/// callers can never mutate each other's value, and pay for that on each read.
/// </summary>
/// <remarks>Concurrent misses on one key share one load (HybridCache's stampede protection).</remarks>
public sealed class HybridCustomerCache(HybridCache cache, ICustomerReader origin) : ICustomerCache
{
    public ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync(CacheKeys.Customer(id), (origin, id),
            static (state, ct) => state.origin.GetAsync(state.id, ct), cancellationToken: cancellationToken);

    public ValueTask RemoveAsync(long id, CancellationToken cancellationToken = default) =>
        cache.RemoveAsync(CacheKeys.Customer(id), cancellationToken);
}

/// <summary>
/// The same through <see cref="HybridCache"/>, caching a sealed <c>[ImmutableObject(true)]</c> wrapper: HybridCache
/// then keeps the object itself in L1 and hands every hit the same instance, with no serialization at all.
/// </summary>
public sealed class ImmutableHybridCustomerCache(HybridCache cache, ICustomerReader origin) : ICustomerCache
{
    public async ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var entry = await cache.GetOrCreateAsync(CacheKeys.Customer(id), (origin, id),
            static async (state, ct) => new ImmutableCustomer(await state.origin.GetAsync(state.id, ct).ConfigureAwait(false)),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return entry.Customer;
    }

    public ValueTask RemoveAsync(long id, CancellationToken cancellationToken = default) =>
        cache.RemoveAsync(CacheKeys.Customer(id), cancellationToken);
}

/// <summary>A customer as a value HybridCache may share between callers: sealed, and declared immutable.</summary>
[ImmutableObject(true)]
public sealed record ImmutableCustomer(Customer Customer);
