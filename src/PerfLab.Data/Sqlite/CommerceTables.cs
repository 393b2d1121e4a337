namespace PerfLab.Data.Sqlite;

/// <summary>The column mapping of each domain type, shared by every variant that stores those rows.</summary>
public static class CommerceTables
{
    public static readonly TableWriter<Customer> Customers = new("Customers",
        ("Id", c => c.Id),
        ("ExternalId", c => SqliteValues.Guid(c.ExternalId)),
        ("Email", c => c.Email),
        ("Name", c => c.Name),
        ("City", c => c.City),
        ("Country", c => c.Country),
        ("Phone", c => c.Phone),
        ("CreatedAt", c => SqliteValues.Timestamp(c.CreatedAt)),
        ("LoyaltyPoints", c => c.LoyaltyPoints));

    public static readonly TableWriter<Product> Products = new("Products",
        ("Id", p => p.Id),
        ("Sku", p => p.Sku),
        ("Name", p => p.Name),
        ("Category", p => p.Category),
        ("Price", p => SqliteValues.Money(p.Price)),
        ("Description", p => p.Description),
        ("Discontinued", p => p.Discontinued));

    public static readonly TableWriter<Order> Orders = new("Orders",
        ("Id", o => o.Id),
        ("CustomerId", o => o.CustomerId),
        ("OrderedAt", o => SqliteValues.Timestamp(o.OrderedAt)),
        ("Status", o => (int)o.Status),
        ("Total", o => SqliteValues.Money(o.Total)),
        ("ShippedAt", o => SqliteValues.Timestamp(o.ShippedAt)),
        ("Notes", o => o.Notes));

    public static readonly TableWriter<OrderLine> OrderLines = new("OrderLines",
        ("Id", l => l.Id),
        ("OrderId", l => l.OrderId),
        ("ProductId", l => l.ProductId),
        ("Quantity", l => l.Quantity),
        ("UnitPrice", l => SqliteValues.Money(l.UnitPrice)),
        ("Discount", l => SqliteValues.Money(l.Discount)));

    /// <summary>Column definitions of the Customers table (after its key), for variants that change only the key.</summary>
    public const string CustomerColumns = """
        ExternalId TEXT NOT NULL,
        Email TEXT NOT NULL,
        Name TEXT NOT NULL,
        City TEXT NOT NULL,
        Country TEXT NOT NULL,
        Phone TEXT NULL,
        CreatedAt TEXT NOT NULL,
        LoyaltyPoints INTEGER NOT NULL
        """;

    public const string OrderColumns = """
        CustomerId INTEGER NOT NULL,
        OrderedAt TEXT NOT NULL,
        Status INTEGER NOT NULL,
        Total TEXT NOT NULL,
        ShippedAt TEXT NULL,
        Notes TEXT NULL
        """;
}
