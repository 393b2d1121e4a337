using PerfLab.Data.Domain;
using PerfLab.Data.Postgres;
using PerfLab.Data.Rows;
using PerfLab.Orm.Model;
using PerfLab.Orm.Postgres;
using PerfLab.Orm.Scenarios;
using PerfLab.Tests.Shared;

namespace PerfLab.Orm.Tests;

/// <summary>
/// Fairness of the PostgreSQL comparisons, as <see cref="ReadScenarioTests"/> and <see cref="WriteScenarioTests"/> on
/// SQLite: over every transport, every technique returns exactly the generator's rows, every write leaves the same
/// table, and Reset restores the built one. Also the round trips each technique makes and the baselines' plans.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresScenarioTests(PostgresOrmDatabase db) : IClassFixture<PostgresOrmDatabase>
{
    [PostgresFact]
    public void CustomerById_every_technique_over_every_transport_returns_the_generated_customer_or_null()
    {
        var expected = db.Data.Customers().ToDictionary(c => c.Id);
        foreach (var transport in db.Transports)
        {
            using var scenario = new PostgresCustomerById(db.Access(transport));
            var techniques = OrmDatabase.Techniques<PostgresCustomerById, Customer?>(scenario);
            Assert.Equal(8, techniques.Count);
            for (long id = 0; id <= OrmDatabase.Scale + 1; id++)
            {
                foreach (var (name, run) in techniques)
                {
                    var actual = run(id);
                    Assert.True(Equals(expected.GetValueOrDefault(id), actual), $"{name}({id}) over {transport} returned {actual}");
                }
            }
        }
    }

    [PostgresFact]
    public async Task CustomerById_pooled_async_reads_overlapping_return_the_generated_customer_or_null()
    {
        var expected = db.Data.Customers().ToDictionary(c => c.Id);
        using var scenario = new PostgresCustomerById(db.Access(PostgresTransport.Tcp));
        // Overlapping calls, as a load issues them, each on a pooled connection (16 at once: within the server's limit).
        var actual = new System.Collections.Concurrent.ConcurrentDictionary<long, Customer?>();
        await Parallel.ForEachAsync(Enumerable.Range(0, OrmDatabase.Scale + 2), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (id, token) => actual[id] = await scenario.AdoPooledAsync(id, token));
        Assert.Equal(OrmDatabase.Scale + 2, actual.Count);
        foreach (var (id, customer) in actual)
            Assert.True(Equals(expected.GetValueOrDefault(id), customer), $"AdoPooledAsync({id}) returned {customer}");
    }

    [PostgresFact]
    public void OrderLinesByProduct_every_technique_returns_the_product_lines_in_id_order()
    {
        using var scenario = new PostgresOrderLinesByProduct(db.Access());
        var techniques = OrmDatabase.Techniques<PostgresOrderLinesByProduct, List<OrderLine>>(scenario);
        Assert.Equal(8, techniques.Count);
        var lines = db.Data.OrderLines().ToLookup(l => l.ProductId);
        for (long productId = 1; productId <= db.Data.ProductCount; productId++)
        {
            var expected = lines[productId].OrderBy(l => l.Id).ToList();
            Assert.NotEmpty(expected);
            foreach (var (name, run) in techniques) Assert.True(expected.SequenceEqual(run(productId)), $"{name}({productId}) differs");
        }
    }

    [PostgresFact]
    public void CustomerOrders_every_technique_over_every_transport_returns_the_orders_with_their_lines_in_id_order()
    {
        var orders = db.Data.OrdersWithLines().ToLookup(o => o.Order.CustomerId);
        foreach (var transport in db.Transports)
        {
            var scenario = new PostgresCustomerOrders(db.Access(transport));
            var techniques = OrmDatabase.Techniques<PostgresCustomerOrders, List<OrderWithLines>>(scenario);
            Assert.Equal(7, techniques.Count);
            for (long customerId = 1; customerId <= OrmDatabase.Scale; customerId++)
            {
                var expected = orders[customerId].OrderBy(o => o.Order.Id).ToList();
                foreach (var (name, run) in techniques)
                {
                    var actual = run(customerId);
                    Assert.True(expected.Count == actual.Count, $"{name}({customerId}) over {transport} returned {actual.Count} orders, expected {expected.Count}");
                    for (var i = 0; i < expected.Count; i++)
                    {
                        Assert.True(expected[i].Order == actual[i].ToOrder(), $"{name}({customerId}) order {i} differs");
                        Assert.True(expected[i].Lines.SequenceEqual(actual[i].Lines), $"{name}({customerId}) lines of order {expected[i].Order.Id} differ");
                    }
                }
            }
        }
    }

    [PostgresFact]
    public void CustomerProjection_every_technique_returns_the_page_as_summaries_or_entities()
    {
        var scenario = new PostgresCustomerProjection(db.Access());
        var summaries = OrmDatabase.Techniques<PostgresCustomerProjection, List<CustomerSummary>>(scenario);
        var entities = OrmDatabase.Techniques<PostgresCustomerProjection, List<Customer>>(scenario);
        Assert.Equal(3, summaries.Count);
        Assert.Equal(4, entities.Count);
        var customers = db.Data.Customers().ToArray();
        var starts = CustomerProjection.PageStarts(OrmDatabase.Scale);
        for (var page = 0; page < starts.Length; page++)
        {
            var first = starts.Next();
            var expected = customers.Where(c => c.Id >= first && c.Id <= CustomerProjection.Last(first)).OrderBy(c => c.Id).ToList();
            var expectedSummaries = expected.Select(c => new CustomerSummary(c.Id, c.Name, c.Email)).ToList();
            foreach (var (name, run) in entities) Assert.True(expected.SequenceEqual(run(first)), $"{name}({first}) differs");
            foreach (var (name, run) in summaries) Assert.True(expectedSummaries.SequenceEqual(run(first)), $"{name}({first}) differs");
        }
    }

    [PostgresFact]
    public void CustomerInsert_every_technique_writes_the_same_rows_and_reset_removes_them()
    {
        var access = db.Access();
        using var scenario = new PostgresCustomerInsert(access);
        var techniques = OrmDatabase.Writes(scenario);
        Assert.Equal(5, techniques.Count);
        var built = db.Data.Customers().ToList();
        Assert.Equal(Enumerable.Range(OrmDatabase.Scale + 1, CustomerInsert.RowCount).Select(i => (long)i), scenario.Rows.Select(c => c.Id));
        Assert.True(built.SequenceEqual(Customers(access)));

        foreach (var (name, run) in techniques)
        {
            Assert.Equal(CustomerInsert.RowCount, run());
            Assert.True(built.Concat(scenario.Rows).SequenceEqual(Customers(access)), $"{name} left different rows");
            scenario.Reset();
            Assert.True(built.SequenceEqual(Customers(access)), $"Reset after {name} did not restore the built rows");
        }
    }

    [PostgresFact]
    public void LoyaltyUpdate_every_technique_adds_the_bonus_to_the_range_only_and_reset_restores_it()
    {
        var access = db.Access();
        using var scenario = new PostgresLoyaltyUpdate(access);
        var techniques = OrmDatabase.Writes(scenario);
        Assert.Equal(3, techniques.Count);
        var built = db.Data.Customers().ToList();
        var expected = built.Select(c => c.Id <= scenario.Last ? c with { LoyaltyPoints = c.LoyaltyPoints + LoyaltyUpdate.Bonus } : c).ToList();
        Assert.Equal(OrmDatabase.Scale, scenario.Last);

        foreach (var (name, run) in techniques)
        {
            Assert.Equal((int)scenario.Last, run());
            Assert.True(expected.SequenceEqual(Customers(access)), $"{name} left different rows");
            scenario.Reset();
            Assert.True(built.SequenceEqual(Customers(access)), $"Reset after {name} did not restore the built rows");
        }
    }

    [PostgresFact]
    public void Round_trips_are_one_per_statement_a_batch_counting_once()
    {
        var access = db.Access();
        using var byId = new PostgresCustomerById(access);
        foreach (var (name, run) in OrmDatabase.Techniques<PostgresCustomerById, Customer?>(byId))
        {
            run(1); // EF's first query per context type builds the model: nothing to do with the server
            Assert.True(PostgresRoundTrips.Count(() => run(2)) == 1, $"{name}: {PostgresRoundTrips.Count(() => run(2))} round trips");
        }

        var graph = new PostgresCustomerOrders(access);
        const long customerId = 7;
        var orders = db.Data.OrdersWithLines().Count(o => o.Order.CustomerId == customerId);
        Assert.True(orders > 1);
        var expected = new Dictionary<string, int>
        {
            [nameof(PostgresCustomerOrders.AdoJoinNewCommand)] = 1,
            [nameof(PostgresCustomerOrders.AdoNPlusOneNewCommand)] = 1 + orders,
            [nameof(PostgresCustomerOrders.DapperMultiMap)] = 1,
            [nameof(PostgresCustomerOrders.DapperQueryMultiple)] = 1,
            [nameof(PostgresCustomerOrders.EfInclude)] = 1,
            [nameof(PostgresCustomerOrders.EfSplitQuery)] = 2,
            [nameof(PostgresCustomerOrders.EfNPlusOne)] = 1 + orders,
        };
        foreach (var (name, run) in OrmDatabase.Techniques<PostgresCustomerOrders, List<OrderWithLines>>(graph))
        {
            run(customerId);
            Assert.True(expected[name] == PostgresRoundTrips.Count(() => run(customerId)), $"{name}: {PostgresRoundTrips.Count(() => run(customerId))} round trips, expected {expected[name]}");
        }

        using var insert = new PostgresCustomerInsert(access);
        Assert.Equal(1, PostgresRoundTrips.Count(() => insert.NpgsqlBatch()));
        insert.Reset();
    }

    [PostgresFact]
    public void The_baselines_read_through_the_expected_index()
    {
        var access = db.Access();
        AssertUses(access.Explain(PostgresCustomerById.Sql, ("id", 1L)), "Customers_pkey");
        AssertUses(access.Explain(PostgresOrderLinesByProduct.Sql, ("productId", 1L)), "IX_OrderLines_ProductId");
        var graph = access.Explain(PostgresCustomerOrders.JoinSql, ("customerId", 1L));
        AssertUses(graph, "IX_Orders_CustomerId");
        AssertUses(graph, "IX_OrderLines_OrderId");
        AssertUses(access.Explain(PostgresCustomerProjection.SummarySql, ("first", 1L), ("last", 100L)), "Customers_pkey");
    }

    private static void AssertUses(Data.Postgres.ExecutedPlan plan, string index) =>
        Assert.True(plan.Nodes.Any(n => n.Index == index && n.NodeType.Contains("Index", StringComparison.Ordinal)), $"{plan.Describe()} does not use {index}");

    /// <summary>Every customer row, read with the hand-written mapper (itself checked against the generator above).</summary>
    private static List<Customer> Customers(PostgresDataAccess access)
    {
        using var command = access.NewCommand($"""SELECT {PostgresColumns.Customers} FROM "Customers" ORDER BY "Id" """);
        using var reader = command.ExecuteReader();
        var customers = new List<Customer>();
        while (reader.Read()) customers.Add(RowMapper.Customer(new NpgsqlRow(reader)));
        return customers;
    }
}
