using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite;

/// <summary>
/// The normalized commerce schema the ORM and caching suites query: rowid tables clustered on
/// <c>INTEGER PRIMARY KEY</c>, foreign keys, and the secondary indexes a real application would have.
/// </summary>
public sealed class CommerceSchema : SchemaVariant
{
    public static readonly CommerceSchema Instance = new();

    private CommerceSchema() { }

    public override string Name => "commerce";

    public override IReadOnlyList<string> CreateStatements { get; } =
    [
        $"""
        CREATE TABLE Customers (
            Id INTEGER PRIMARY KEY,
            {CommerceTables.CustomerColumns}
        )
        """,
        """
        CREATE TABLE Products (
            Id INTEGER PRIMARY KEY,
            Sku TEXT NOT NULL,
            Name TEXT NOT NULL,
            Category TEXT NOT NULL,
            Price TEXT NOT NULL,
            Description TEXT NULL,
            Discontinued INTEGER NOT NULL
        )
        """,
        $"""
        CREATE TABLE Orders (
            Id INTEGER PRIMARY KEY,
            {CommerceTables.OrderColumns},
            FOREIGN KEY (CustomerId) REFERENCES Customers (Id)
        )
        """,
        """
        CREATE TABLE OrderLines (
            Id INTEGER PRIMARY KEY,
            OrderId INTEGER NOT NULL REFERENCES Orders (Id),
            ProductId INTEGER NOT NULL REFERENCES Products (Id),
            Quantity INTEGER NOT NULL,
            UnitPrice TEXT NOT NULL,
            Discount TEXT NULL
        )
        """,
    ];

    public override IReadOnlyList<string> PostLoadStatements { get; } =
    [
        "CREATE UNIQUE INDEX IX_Customers_Email ON Customers (Email)",
        "CREATE UNIQUE INDEX IX_Products_Sku ON Products (Sku)",
        "CREATE INDEX IX_Orders_CustomerId ON Orders (CustomerId)",
        "CREATE INDEX IX_Orders_OrderedAt ON Orders (OrderedAt)",
        "CREATE INDEX IX_OrderLines_OrderId ON OrderLines (OrderId)",
        "CREATE INDEX IX_OrderLines_ProductId ON OrderLines (ProductId)",
    ];

    public override void Load(SqliteConnection connection, SqliteTransaction transaction, CommerceDataGenerator data)
    {
        CommerceTables.Customers.Write(connection, transaction, data.Customers());
        CommerceTables.Products.Write(connection, transaction, data.Products());
        // Orders and lines come from one generated stream; generating it twice is cheaper than buffering it.
        CommerceTables.Orders.Write(connection, transaction, data.Orders());
        CommerceTables.OrderLines.Write(connection, transaction, data.OrderLines());
    }
}
