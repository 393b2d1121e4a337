using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite.QueryVariants;

/// <summary>
/// The queries suite's databases: the generated customers and their orders (scale = customers, orders = 4 × scale,
/// so scale 250,000 holds a million orders), with an order list that needs each order's customer name and city
/// stored three ways. Each storage is its own file, so a write pays only its own variant's upkeep.
/// </summary>
/// <remarks>
/// Every variant has the same <c>Customers</c> table (the commerce columns, unique email) and an <c>Orders</c> table
/// whose list order, (<c>OrderedAt</c>, <c>Id</c>), is served by an index, as is <c>CustomerId</c>. Money is stored as
/// whole cents in an INTEGER (<see cref="SqliteValues.Cents"/>), so aggregates are exact inside SQLite. The order table
/// keeps only the columns the suite reads (no notes, no shipping date): the list's row, and nothing that would make
/// one variant's rows wider for reasons other than the copied columns.
/// </remarks>
public sealed class OrderListVariant : SchemaVariant
{
    /// <summary>Normalized: an order holds its customer's id only; the list joins <c>Customers</c> at read time.</summary>
    public static readonly OrderListVariant Normalized = new("q-orders-normalized", OrderListStorage.Join);

    /// <summary>
    /// The customer's name and city copied into every order (<c>CustomerName</c>, <c>CustomerCity</c>): the list reads
    /// one table; the application keeps the copies current (a rename updates all the customer's orders).
    /// </summary>
    public static readonly OrderListVariant CopiedColumns = new("q-orders-copied-columns", OrderListStorage.CopiedColumns);

    /// <summary>
    /// Normalized orders plus <c>OrderListings</c>, a summary table shaped for the list (clustered on its order,
    /// <c>WITHOUT ROWID</c>) and maintained by the database itself: triggers copy an inserted order and a renamed customer.
    /// </summary>
    public static readonly OrderListVariant SummaryTable = new("q-orders-summary-table", OrderListStorage.SummaryTable);

    public static IReadOnlyList<OrderListVariant> All { get; } = [Normalized, CopiedColumns, SummaryTable];

    private const string CopiedColumnDefinitions = """
        ,
        CustomerName TEXT NOT NULL,
        CustomerCity TEXT NOT NULL
        """;

    private OrderListVariant(string name, OrderListStorage storage)
    {
        Name = name;
        Storage = storage;
        CreateStatements =
        [
            $"CREATE TABLE Customers (\nId INTEGER PRIMARY KEY,\n{CommerceTables.CustomerColumns}\n)",
            $"""
            CREATE TABLE Orders (
            Id INTEGER PRIMARY KEY,
            CustomerId INTEGER NOT NULL REFERENCES Customers (Id),
            OrderedAt TEXT NOT NULL,
            Status INTEGER NOT NULL,
            TotalCents INTEGER NOT NULL{(storage == OrderListStorage.CopiedColumns ? CopiedColumnDefinitions : "")}
            )
            """,
        ];
        List<string> postLoad =
        [
            "CREATE UNIQUE INDEX IX_Customers_Email ON Customers (Email)",
            // Serves ORDER BY OrderedAt, Id and the keyset seek on it (Id is the rowid: the index ends with it anyway).
            "CREATE INDEX IX_Orders_OrderedAt_Id ON Orders (OrderedAt, Id)",
            // Finds a customer's orders: the copied columns' rename and the aggregation's customer ranges.
            "CREATE INDEX IX_Orders_CustomerId ON Orders (CustomerId)",
        ];
        if (storage == OrderListStorage.SummaryTable)
        {
            postLoad.AddRange(
            [
                """
                CREATE TABLE OrderListings (
                OrderedAt TEXT NOT NULL,
                OrderId INTEGER NOT NULL,
                CustomerId INTEGER NOT NULL,
                Status INTEGER NOT NULL,
                TotalCents INTEGER NOT NULL,
                CustomerName TEXT NOT NULL,
                CustomerCity TEXT NOT NULL,
                PRIMARY KEY (OrderedAt, OrderId)
                ) WITHOUT ROWID
                """,
                """
                INSERT INTO OrderListings (OrderedAt, OrderId, CustomerId, Status, TotalCents, CustomerName, CustomerCity)
                SELECT o.OrderedAt, o.Id, o.CustomerId, o.Status, o.TotalCents, c.Name, c.City
                FROM Orders o JOIN Customers c ON c.Id = o.CustomerId
                ORDER BY o.OrderedAt, o.Id
                """,
                "CREATE INDEX IX_OrderListings_CustomerId ON OrderListings (CustomerId)",
                """
                CREATE TRIGGER TR_Orders_Listing AFTER INSERT ON Orders
                BEGIN
                    INSERT INTO OrderListings (OrderedAt, OrderId, CustomerId, Status, TotalCents, CustomerName, CustomerCity)
                    SELECT NEW.OrderedAt, NEW.Id, NEW.CustomerId, NEW.Status, NEW.TotalCents, c.Name, c.City
                    FROM Customers c WHERE c.Id = NEW.CustomerId;
                END
                """,
                """
                CREATE TRIGGER TR_Customers_Listing AFTER UPDATE OF Name, City ON Customers
                BEGIN
                    UPDATE OrderListings SET CustomerName = NEW.Name, CustomerCity = NEW.City WHERE CustomerId = NEW.Id;
                END
                """,
            ]);
        }
        PostLoadStatements = postLoad;
    }

    public override string Name { get; }

    /// <summary>Where the list's customer columns come from in this variant.</summary>
    public OrderListStorage Storage { get; }

    public override IReadOnlyList<string> CreateStatements { get; }

    public override IReadOnlyList<string> PostLoadStatements { get; }

    public override void Load(SqliteConnection connection, SqliteTransaction transaction, CommerceDataGenerator data)
    {
        CommerceTables.Customers.Write(connection, transaction, data.Customers());
        if (Storage == OrderListStorage.CopiedColumns)
        {
            // The copies are what the customer rows hold at load time; the generator streams customers once more.
            var customers = data.Customers().Select(c => (c.Name, c.City)).ToArray();
            CopiedOrders.Write(connection, transaction, data.Orders().Select(o => (o, customers[o.CustomerId - 1].Name, customers[o.CustomerId - 1].City)));
        }
        else
        {
            Orders.Write(connection, transaction, data.Orders());
        }
    }

    private static readonly TableWriter<Order> Orders = new("Orders",
        ("Id", o => o.Id),
        ("CustomerId", o => o.CustomerId),
        ("OrderedAt", o => SqliteValues.Timestamp(o.OrderedAt)),
        ("Status", o => (int)o.Status),
        ("TotalCents", o => SqliteValues.Cents(o.Total)));

    private static readonly TableWriter<(Order Order, string Name, string City)> CopiedOrders = new("Orders",
        ("Id", r => r.Order.Id),
        ("CustomerId", r => r.Order.CustomerId),
        ("OrderedAt", r => SqliteValues.Timestamp(r.Order.OrderedAt)),
        ("Status", r => (int)r.Order.Status),
        ("TotalCents", r => SqliteValues.Cents(r.Order.Total)),
        ("CustomerName", r => r.Name),
        ("CustomerCity", r => r.City));
}
