using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfLab.Caching;

/// <summary>
/// Cache-aside over Redis (StackExchange.Redis): GET the key; on a miss load, SET it with a time to live. Values are
/// UTF-8 JSON from a source-generated <c>System.Text.Json</c> context, read from a pooled lease (no byte array per hit).
/// Every read is a network round trip, here over loopback to a private redis-server.
/// </summary>
public sealed class RedisCustomerCache(IDatabase database, ICustomerReader origin, TimeSpan timeToLive) : ICustomerCache
{
    public async ValueTask<Customer> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        var key = CacheKeys.Customer(id);
        using (var lease = await database.StringGetLeaseAsync(key).ConfigureAwait(false))
        {
            if (lease is not null) return JsonSerializer.Deserialize(lease.Span, CachingJsonContext.Default.Customer)!;
        }

        var customer = await origin.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var payload = JsonSerializer.SerializeToUtf8Bytes(customer, CachingJsonContext.Default.Customer);
        await database.StringSetAsync(key, payload, expiry: timeToLive).ConfigureAwait(false);
        return customer;
    }

    public async ValueTask RemoveAsync(long id, CancellationToken cancellationToken = default) =>
        await database.KeyDeleteAsync(CacheKeys.Customer(id)).ConfigureAwait(false);
}

[JsonSerializable(typeof(Customer))]
internal sealed partial class CachingJsonContext : JsonSerializerContext;
