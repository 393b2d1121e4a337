using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using PerfLab.Data.Generation;
using PerfLab.Serialization.Payloads;

namespace PerfLab.Api;

/// <summary>
/// The server's warmed in-memory copy of the commerce data set: every customer's orders as the API returns them
/// (<see cref="CustomerOrders"/>), built once at start-up from the lab's seeded generator, the same rows the SQLite data
/// set holds. The api suite's transport questions (formats, endpoint styles, authentication) read it, so their rows
/// measure HTTP and the framework, not a database.
/// </summary>
public sealed class OrderCatalog
{
    /// <summary>Customers in the server's catalog: enough that the benchmark's rotating keys do not fit a CPU cache.</summary>
    public const int DefaultCustomers = 10_000;

    private readonly Dictionary<long, CustomerOrders> _byCustomer;
    /// <summary>Each customer's entity tag as sent (quoted) and parsed once, for comparing with <c>If-None-Match</c>.</summary>
    private readonly Dictionary<long, (string Text, EntityTagHeaderValue Parsed)> _etags;

    private OrderCatalog(Dictionary<long, CustomerOrders> byCustomer)
    {
        _byCustomer = byCustomer;
        // A strong validator per customer, from the representation's bytes (as a row version would give it).
        _etags = byCustomer.ToDictionary(p => p.Key, p =>
        {
            var text = "\"" + Convert.ToHexStringLower(SHA256.HashData(WireFormat.Json.Serializer.Serialize(p.Value)).AsSpan(0, 12)) + "\"";
            return (text, EntityTagHeaderValue.Parse(text));
        });
    }

    public int Count => _byCustomer.Count;

    /// <summary>The customer ids, in id order.</summary>
    public IEnumerable<long> CustomerIds => _byCustomer.Keys.Order();

    /// <param name="customers">The data set's scale (its customer count); the seed is the lab's.</param>
    public static OrderCatalog Create(int customers = DefaultCustomers)
    {
        var generator = new CommerceDataGenerator(customers);
        var byId = generator.Customers().ToDictionary(c => c.Id);
        var orders = generator.OrdersWithLines()
            .GroupBy(o => o.Order.CustomerId)
            .ToDictionary(g => g.Key, g => new CustomerOrders
            {
                CustomerId = g.Key,
                Orders = g.OrderBy(o => o.Order.Id).Select(o => o.Order.ToDto(byId[g.Key], o.Lines)).ToList(),
            });
        // A customer without orders still exists: the API answers an empty list for it, not 404.
        foreach (var id in byId.Keys.Where(id => !orders.ContainsKey(id))) orders[id] = new CustomerOrders { CustomerId = id, Orders = [] };
        return new OrderCatalog(orders);
    }

    /// <summary>The customer's orders; null when there is no such customer.</summary>
    public CustomerOrders? Find(long customerId) => _byCustomer.GetValueOrDefault(customerId);

    /// <summary>The customer's orders' entity tag (quoted, strong); null when there is no such customer.</summary>
    public string? ETag(long customerId) => _etags.TryGetValue(customerId, out var etag) ? etag.Text : null;

    /// <summary>The same entity tag, parsed; null when there is no such customer.</summary>
    public EntityTagHeaderValue? ParsedETag(long customerId) => _etags.TryGetValue(customerId, out var etag) ? etag.Parsed : null;
}
