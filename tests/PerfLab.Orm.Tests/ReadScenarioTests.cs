using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Orm.Model;
using PerfLab.Orm.Scenarios;

namespace PerfLab.Orm.Tests;

/// <summary>
/// Fairness of the read comparisons: for every key, every technique returns exactly the generator's rows (same
/// rows, same field values, same order). Comparing with the generator also proves each layer's type conversions
/// (TEXT timestamps, money and Guids; enums as integers) read the builder's rows back unchanged.
/// </summary>
public sealed class ReadScenarioTests : IDisposable
{
    private readonly OrmDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void CustomerById_every_technique_returns_the_generated_customer_or_null()
    {
        using var scenario = new CustomerById(_db.Access);
        var techniques = OrmDatabase.Techniques<CustomerById, Customer?>(scenario);
        Assert.Equal(9, techniques.Count);

        var expected = _db.Data.Customers().ToDictionary(c => c.Id);
        for (long id = 0; id <= OrmDatabase.Scale + 1; id++)
        {
            foreach (var (name, run) in techniques)
            {
                var actual = run(id);
                Assert.True(Equals(expected.GetValueOrDefault(id), actual), $"{name}({id}) returned {actual}");
            }
        }
    }

    [Fact]
    public void OrderLinesByProduct_every_technique_returns_the_product_lines_in_id_order()
    {
        using var scenario = new OrderLinesByProduct(_db.Access);
        var techniques = OrmDatabase.Techniques<OrderLinesByProduct, List<OrderLine>>(scenario);
        Assert.Equal(9, techniques.Count);

        var lines = _db.Data.OrderLines().ToLookup(l => l.ProductId);
        for (long productId = 1; productId <= _db.Data.ProductCount; productId++)
        {
            var expected = lines[productId].OrderBy(l => l.Id).ToList();
            Assert.NotEmpty(expected);
            foreach (var (name, run) in techniques)
            {
                Assert.True(expected.SequenceEqual(run(productId)), $"{name}({productId}) differs");
            }
        }
    }

    [Fact]
    public void CustomerOrders_every_technique_returns_the_orders_with_their_lines_in_id_order()
    {
        var scenario = new CustomerOrders(_db.Access);
        var techniques = OrmDatabase.Techniques<CustomerOrders, List<OrderWithLines>>(scenario);
        Assert.Equal(7, techniques.Count);

        var orders = _db.Data.OrdersWithLines().ToLookup(o => o.Order.CustomerId);
        for (long customerId = 1; customerId <= OrmDatabase.Scale; customerId++)
        {
            var expected = orders[customerId].OrderBy(o => o.Order.Id).ToList();
            foreach (var (name, run) in techniques)
            {
                var actual = run(customerId);
                Assert.True(expected.Count == actual.Count, $"{name}({customerId}) returned {actual.Count} orders, expected {expected.Count}");
                for (var i = 0; i < expected.Count; i++)
                {
                    Assert.True(expected[i].Order == actual[i].ToOrder(), $"{name}({customerId}) order {i} differs");
                    Assert.True(expected[i].Lines.SequenceEqual(actual[i].Lines), $"{name}({customerId}) lines of order {expected[i].Order.Id} differ");
                }
            }
        }
        Assert.Contains(orders, o => o.Count() > 1); // the data exercises parents with several children
    }

    [Fact]
    public void CustomerProjection_every_technique_returns_the_page_as_summaries_or_entities()
    {
        var scenario = new CustomerProjection(_db.Access);
        var summaries = OrmDatabase.Techniques<CustomerProjection, List<CustomerSummary>>(scenario);
        var entities = OrmDatabase.Techniques<CustomerProjection, List<Customer>>(scenario);
        Assert.Equal(4, summaries.Count);
        Assert.Equal(4, entities.Count);

        var customers = _db.Data.Customers().ToArray();
        var starts = CustomerProjection.PageStarts(OrmDatabase.Scale);
        for (var page = 0; page < starts.Length; page++)
        {
            var first = starts.Next();
            var expected = customers.Where(c => c.Id >= first && c.Id <= CustomerProjection.Last(first)).OrderBy(c => c.Id).ToList();
            Assert.Equal(CustomerProjection.PageSize, expected.Count);
            var expectedSummaries = expected.Select(c => new CustomerSummary(c.Id, c.Name, c.Email)).ToList();
            foreach (var (name, run) in entities) Assert.True(expected.SequenceEqual(run(first)), $"{name}({first}) differs");
            foreach (var (name, run) in summaries) Assert.True(expectedSummaries.SequenceEqual(run(first)), $"{name}({first}) differs");
        }
    }
}
