using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite.IndexVariants;

/// <summary>
/// The index suite's shapes of one <c>Orders</c> table (the generator's orders: <see cref="CommerceDataGenerator.OrdersPerCustomer"/>
/// per customer, so a spec's scale is rows / 4): clustered on the rowid with a secondary index on
/// (<c>CustomerId</c>, <c>OrderedAt</c>), or <c>WITHOUT ROWID</c> clustered on (<c>CustomerId</c>, <c>OrderedAt</c>, <c>Id</c>)
/// so each customer's orders are adjacent on disk.
/// </summary>
public sealed class OrderTableVariant : SchemaVariant
{
    /// <summary>Rowid table (clustered on <c>Id</c>) plus a secondary index whose entries are (CustomerId, OrderedAt, rowid).</summary>
    public static readonly OrderTableVariant RowidWithCustomerIndex = new("ix-orders-rowid-customer-index",
        $"CREATE TABLE Orders (\nId INTEGER PRIMARY KEY,\n{CommerceTables.OrderColumns}\n)",
        "CREATE INDEX IX_Orders_CustomerId_OrderedAt ON Orders (CustomerId, OrderedAt)");

    /// <summary>
    /// <c>WITHOUT ROWID</c>, clustered on the composite (CustomerId, OrderedAt, Id): the same order as the index above,
    /// but the index is the table (Id makes the key unique).
    /// </summary>
    public static readonly OrderTableVariant ClusteredByCustomer = new("ix-orders-clustered-by-customer",
        $"CREATE TABLE Orders (\nId INTEGER NOT NULL,\n{CommerceTables.OrderColumns},\nPRIMARY KEY (CustomerId, OrderedAt, Id)\n) WITHOUT ROWID");

    private OrderTableVariant(string name, string createTable, params IReadOnlyList<string> secondaryIndexes)
    {
        Name = name;
        CreateStatements = [createTable];
        PostLoadStatements = secondaryIndexes;
    }

    public override string Name { get; }

    public override IReadOnlyList<string> CreateStatements { get; }

    public override IReadOnlyList<string> PostLoadStatements { get; }

    /// <summary>The generator scale (customers) whose orders number exactly <paramref name="rows"/>.</summary>
    public static int ScaleForRows(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, CommerceDataGenerator.OrdersPerCustomer);
        if (rows % CommerceDataGenerator.OrdersPerCustomer != 0)
            throw new ArgumentException($"Order tables hold {CommerceDataGenerator.OrdersPerCustomer} orders per customer; {rows} is not a multiple.", nameof(rows));
        return rows / CommerceDataGenerator.OrdersPerCustomer;
    }

    // Orders arrive in Id order, which is random relative to (CustomerId, OrderedAt): see LabDatabase's build cache.
    public override void Load(SqliteConnection connection, SqliteTransaction transaction, CommerceDataGenerator data) =>
        CommerceTables.Orders.Write(connection, transaction, data.Orders());
}
