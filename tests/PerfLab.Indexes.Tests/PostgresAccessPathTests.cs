using System.Globalization;
using System.Reflection;
using PerfLab.Data.Domain;
using PerfLab.Data.Generation;
using PerfLab.Data.Postgres;
using PerfLab.Indexes.Postgres;
using PerfLab.Tests.Shared;

namespace PerfLab.Indexes.Tests;

/// <summary>
/// The PostgreSQL access paths: each takes the plan its benchmark row names (EXPLAIN of the generic plan it runs
/// with), and every path of a comparison returns the rows the generator made, for the same keys.
/// </summary>
[Collection(PostgresIndexServer.Collection)]
public sealed class PostgresAccessPathTests(PostgresIndexServer server)
{
    private static readonly CustomerKeySample Sample = CustomerKeySample.Create(PostgresIndexServer.Scale, keyCount: 200, rangeLength: CustomerKeySample.DefaultRangeLength);
    private static readonly (object From, object To)[] Windows = OrderTimeSample.Windows(PostgresIndexServer.Scale, count: 20);
    private static readonly Customer[] Customers = new CommerceDataGenerator(PostgresIndexServer.Scale).Customers().ToArray();

    public static TheoryData<string, string> ExpectedPlans => new()
    {
        { nameof(PostgresAccessPaths.CustomerByEmail_Clustered), "Index Scan using PK_Customers_Email on Customers" },
        { nameof(PostgresAccessPaths.CustomerByEmail_SecondaryIndex), "Index Scan using IX_Customers_Email on Customers" },
        { nameof(PostgresAccessPaths.CustomerByEmail_CoveringIndex), "Index Only Scan using IX_Customers_Email_Covering on Customers" },
        { nameof(PostgresAccessPaths.CustomerByEmail_Scan), "Seq Scan on Customers" },
        { nameof(PostgresAccessPaths.CustomerEmailRange_Clustered), "Index Scan using PK_Customers_Email on Customers" },
        { nameof(PostgresAccessPaths.CustomerEmailRange_SecondaryIndex), "Sort / Bitmap Heap Scan on Customers / Bitmap Index Scan using IX_Customers_Email" },
        { nameof(PostgresAccessPaths.CustomerEmailRange_CoveringIndex), "Index Only Scan using IX_Customers_Email_Covering on Customers" },
        { nameof(PostgresAccessPaths.CustomerEmailRange_Scan), "Sort / Seq Scan on Customers" },
        { nameof(PostgresAccessPaths.OrdersTimeWindow_BTreeClustered), "Incremental Sort / Index Scan using IX_Orders_OrderedAt on Orders" },
        { nameof(PostgresAccessPaths.OrdersTimeWindow_BTreeRandomOrder), "Sort / Bitmap Heap Scan on Orders / Bitmap Index Scan using IX_Orders_OrderedAt" },
        { nameof(PostgresAccessPaths.OrdersTimeWindow_Brin), "Sort / Bitmap Heap Scan on Orders / Bitmap Index Scan using BRIN_Orders_OrderedAt" },
    };

    [PostgresFact]
    public void Every_path_has_an_expected_plan()
    {
        var paths = typeof(PostgresAccessPaths).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(PostgresAccessPath<>)).Select(f => f.Name).Order();

        Assert.Equal(paths, ExpectedPlans.Select(row => (string)row[0]).Order());
    }

    [PostgresFact]
    public void Each_path_takes_the_plan_its_name_claims_and_an_index_only_scan_never_visits_the_heap()
    {
        var failures = new List<string>();
        foreach (var row in ExpectedPlans)
        {
            var (name, expected) = ((string)row[0], (string)row[1]);
            var plan = Plan(name);
            if (plan.Describe() != expected) failures.Add($"{name}: expected '{expected}', got '{plan.Describe()}'");
            if (plan.HeapFetches != 0) failures.Add($"{name}: {plan.HeapFetches} heap fetches");
            if (plan.SharedBuffersHit + plan.SharedBuffersRead == 0) failures.Add($"{name}: no buffers recorded");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [PostgresFact]
    public void Point_lookups_by_email_return_the_generated_customers_through_every_path()
    {
        var expected = Sample.RandomEmails.Select(e => Card(Customers.Single(c => c.Email == (string)e))).ToArray();

        foreach (var path in new[] { PostgresAccessPaths.CustomerByEmail_Clustered, PostgresAccessPaths.CustomerByEmail_SecondaryIndex, PostgresAccessPaths.CustomerByEmail_CoveringIndex, PostgresAccessPaths.CustomerByEmail_Scan })
        {
            using var database = path.Open(server.ConnectionString, [Sample.RandomEmails[0]]);
            var cycle = new KeyCycle<object>(Sample.RandomEmails);
            Assert.Equal(expected, Sample.RandomEmails.Select(_ => database.Single(cycle.Next())).ToArray());
        }
    }

    [PostgresFact]
    public void Email_ranges_return_the_same_customers_in_email_order_through_every_path()
    {
        var ranges = Sample.EmailRanges.Take(10).ToArray();
        var expected = ranges
            .Select(r => Customers
                .Where(c => string.CompareOrdinal(c.Email, (string)r.From) >= 0 && string.CompareOrdinal(c.Email, (string)r.To) <= 0)
                .OrderBy(c => c.Email, StringComparer.Ordinal)
                .Select(Card)
                .ToArray())
            .ToArray();

        Assert.All(expected, range => Assert.Equal(CustomerKeySample.DefaultRangeLength, range.Length));
        foreach (var path in new[] { PostgresAccessPaths.CustomerEmailRange_Clustered, PostgresAccessPaths.CustomerEmailRange_SecondaryIndex, PostgresAccessPaths.CustomerEmailRange_CoveringIndex, PostgresAccessPaths.CustomerEmailRange_Scan })
        {
            Assert.Equal(expected, Ranges(path, ranges));
        }
    }

    [PostgresFact]
    public void Time_windows_return_the_same_orders_in_time_order_through_every_path()
    {
        var orders = new CommerceDataGenerator(PostgresIndexServer.Scale).Orders().ToArray();
        var expected = Windows
            .Select(w => orders
                .Where(o => o.OrderedAt >= (DateTime)w.From && o.OrderedAt < (DateTime)w.To)
                .OrderBy(o => o.OrderedAt).ThenBy(o => o.Id)
                .Select(o => new OrderHeader(o.Id, o.CustomerId, o.OrderedAt, o.Total))
                .ToArray())
            .ToArray();

        Assert.All(expected, window => Assert.InRange(window.Length, CustomerKeySample.DefaultRangeLength - 5, CustomerKeySample.DefaultRangeLength));
        foreach (var path in new[] { PostgresAccessPaths.OrdersTimeWindow_BTreeClustered, PostgresAccessPaths.OrdersTimeWindow_BTreeRandomOrder, PostgresAccessPaths.OrdersTimeWindow_Brin })
        {
            Assert.Equal(expected, Ranges(path, Windows));
        }
    }

    [PostgresFact]
    public void Cluster_orders_the_heap_by_the_key_and_the_id_ordered_heaps_are_uncorrelated()
    {
        Assert.InRange(Correlation("ix_time_clustered", "Orders", "OrderedAt"), 0.99, 1.0);
        Assert.InRange(Correlation("ix_time_brin", "Orders", "OrderedAt"), 0.99, 1.0);
        Assert.InRange(Correlation("public", "Orders", "OrderedAt"), -0.05, 0.05);
        Assert.InRange(Correlation("ix_email_clustered", "Customers", "Email"), 0.99, 1.0);
        Assert.InRange(Correlation("public", "Customers", "Email"), -0.05, 0.05);
    }

    [PostgresFact]
    public void Brin_is_a_small_fraction_of_the_btree_on_the_same_column_and_each_path_reports_the_index_it_reads()
    {
        var brin = Sizes(PostgresAccessPaths.OrdersTimeWindow_Brin, Windows[0]);
        var btree = Sizes(PostgresAccessPaths.OrdersTimeWindow_BTreeClustered, Windows[0]);
        var scan = Sizes(PostgresAccessPaths.CustomerEmailRange_Scan, Sample.EmailRanges[0]);

        Assert.Equal(Size("""ix_time_brin."BRIN_Orders_OrderedAt" """), brin.PlanIndexBytes);
        Assert.Equal(Size("""ix_time_clustered."IX_Orders_OrderedAt" """), btree.PlanIndexBytes);
        Assert.True(brin.PlanIndexBytes * 20 < btree.PlanIndexBytes, $"BRIN {brin.PlanIndexBytes} bytes, B-tree {btree.PlanIndexBytes} bytes");
        Assert.Equal(0, scan.PlanIndexBytes);
        Assert.Equal(Size("""public."Orders" """), Sizes(PostgresAccessPaths.OrdersTimeWindow_BTreeRandomOrder, Windows[0]).TableBytes);
    }

    [PostgresFact]
    public void Every_variant_holds_the_same_rows()
    {
        foreach (var variant in PostgresIndexVariant.All)
        {
            var expected = variant.Table == "Customers" ? Customers.Length : Customers.Length * CommerceDataGenerator.OrdersPerCustomer;
            Assert.Equal((long)expected, server.Scalar($"SELECT count(*) FROM {variant.QualifiedTable}"));
        }
    }

    private ExecutedPlan Plan(string name)
    {
        var field = typeof(PostgresAccessPaths).GetField(name)!.GetValue(null);
        return field switch
        {
            PostgresAccessPath<CustomerCard> p when p.Sql == PostgresIndexQueries.CustomerByEmail => Explain(p, [Sample.RandomEmails[0]]),
            PostgresAccessPath<CustomerCard> p => Explain(p, [Sample.EmailRanges[0].From, Sample.EmailRanges[0].To]),
            PostgresAccessPath<OrderHeader> p => Explain(p, [Windows[0].From, Windows[0].To]),
            var other => throw new InvalidOperationException($"unexpected path type {other?.GetType()}"),
        };
    }

    private ExecutedPlan Explain<TRow>(PostgresAccessPath<TRow> path, object[] parameters) where TRow : class
    {
        using var database = path.Open(server.ConnectionString, parameters);
        return database.Plan;
    }

    private (long TableBytes, long IndexesBytes, long PlanIndexBytes) Sizes<TRow>(PostgresAccessPath<TRow> path, (object From, object To) range) where TRow : class
    {
        using var database = path.Open(server.ConnectionString, [range.From, range.To]);
        return database.MeasureSizes();
    }

    private TRow[][] Ranges<TRow>(PostgresAccessPath<TRow> path, (object From, object To)[] ranges) where TRow : class
    {
        using var database = path.Open(server.ConnectionString, [ranges[0].From, ranges[0].To]);
        return ranges.Select(r => database.Range(r).ToArray()).ToArray();
    }

    private double Correlation(string schema, string table, string column) =>
        Convert.ToDouble(server.Scalar(
            $"SELECT correlation FROM pg_stats WHERE schemaname = '{schema}' AND tablename = '{table}' AND attname = '{column}'"), CultureInfo.InvariantCulture);

    private long Size(string relation) => (long)server.Scalar($"SELECT pg_relation_size('{relation.Trim()}')")!;

    private static CustomerCard Card(Customer customer) => new(customer.Id, customer.Email, customer.Name, customer.LoyaltyPoints);
}
