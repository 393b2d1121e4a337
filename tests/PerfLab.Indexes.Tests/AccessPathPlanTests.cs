using System.Reflection;
using PerfLab.Data.Sqlite;

namespace PerfLab.Indexes.Tests;

/// <summary>A benchmark labelled "clustered" must really take the clustered path: the plan SQLite reports, exactly.</summary>
public sealed class AccessPathPlanTests
{
    private const int Rows = 400;

    public static TheoryData<string, string> ExpectedPlans => new()
    {
        { nameof(AccessPaths.CustomerById_RowidPrimaryKey), "SEARCH Customers USING INTEGER PRIMARY KEY (rowid=?)" },
        { nameof(AccessPaths.CustomerById_IntPrimaryKey), "SEARCH Customers USING INDEX sqlite_autoindex_Customers_1 (Id=?)" },
        { nameof(AccessPaths.CustomerByEmail_Clustered), "SEARCH Customers USING PRIMARY KEY (Email=?)" },
        { nameof(AccessPaths.CustomerByEmail_SecondaryIndex), "SEARCH Customers USING INDEX IX_Customers_Email (Email=?)" },
        { nameof(AccessPaths.CustomerByEmail_CoveringIndex), "SEARCH Customers USING COVERING INDEX IX_Customers_Email_Covering (Email=?)" },
        { nameof(AccessPaths.CustomerByEmail_Scan), "SCAN Customers" },
        { nameof(AccessPaths.CustomerIdRange_RowidPrimaryKey), "SEARCH Customers USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)" },
        { nameof(AccessPaths.CustomerIdRange_IntPrimaryKey), "SEARCH Customers USING INDEX sqlite_autoindex_Customers_1 (Id>? AND Id<?)" },
        { nameof(AccessPaths.CustomerEmailRange_Clustered), "SEARCH Customers USING PRIMARY KEY (Email>? AND Email<?)" },
        { nameof(AccessPaths.CustomerEmailRange_SecondaryIndex), "SEARCH Customers USING INDEX IX_Customers_Email (Email>? AND Email<?)" },
        { nameof(AccessPaths.CustomerEmailRange_CoveringIndex), "SEARCH Customers USING COVERING INDEX IX_Customers_Email_Covering (Email>? AND Email<?)" },
        { nameof(AccessPaths.CustomerEmailRange_Scan), "SCAN Customers / USE TEMP B-TREE FOR ORDER BY" },
        { nameof(AccessPaths.OrdersOfCustomers_Clustered), "SEARCH Orders USING PRIMARY KEY (CustomerId>? AND CustomerId<?)" },
        { nameof(AccessPaths.OrdersOfCustomers_SecondaryIndex), "SEARCH Orders USING INDEX IX_Orders_CustomerId_OrderedAt (CustomerId>? AND CustomerId<?)" },
    };

    [Theory]
    [MemberData(nameof(ExpectedPlans))]
    public void Each_path_takes_the_plan_its_name_claims(string path, string expectedPlan)
    {
        var plan = typeof(AccessPaths).GetField(path)!.GetValue(null) switch
        {
            AccessPath<CustomerCard> customers => DescribePlan(customers),
            AccessPath<OrderHeader> orders => DescribePlan(orders),
            var other => throw new InvalidOperationException($"unexpected path type {other?.GetType()}"),
        };

        Assert.Equal(expectedPlan, plan);
    }

    [Fact]
    public void Every_path_has_an_expected_plan()
    {
        var paths = typeof(AccessPaths).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(AccessPath<>)).Select(f => f.Name).Order();
        var tested = ExpectedPlans.Select(row => (string)row[0]).Order();

        Assert.Equal(paths, tested);
    }

    [Theory]
    [InlineData(typeof(AccessPaths))]
    [InlineData(typeof(PerfLab.Indexes.Postgres.PostgresAccessPaths))]
    public void An_email_comparisons_paths_are_its_named_paths_in_place(Type paths)
    {
        foreach (var set in new[] { "CustomerByEmail", "CustomerEmailRange" })
        {
            var value = paths.GetField(set)!.GetValue(null)!;
            foreach (var technique in new[] { "Clustered", "SecondaryIndex", "CoveringIndex", "Scan" })
            {
                Assert.Same(paths.GetField($"{set}_{technique}")!.GetValue(null), value.GetType().GetProperty(technique)!.GetValue(value));
            }
        }
    }

    [Fact]
    public void The_int_primary_key_trap_keeps_a_hidden_rowid_and_an_automatic_index()
    {
        using var database = AccessPaths.CustomerById_IntPrimaryKey.Open(Rows);
        using var connection = database.Database.OpenConnection();

        Assert.Equal(["sqlite_autoindex_Customers_1"], Schema.Indexes(connection));
        Assert.Equal(Rows, Schema.Scalar(connection, "SELECT max(rowid) FROM Customers")); // a rowid exists beside Id
    }

    private static string DescribePlan<TRow>(AccessPath<TRow> path) where TRow : class
    {
        using var database = path.Open(Rows);
        return database.Plan;
    }
}
