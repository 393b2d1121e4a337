using NpgsqlTypes;
using PerfLab.Data.Rows;

namespace PerfLab.Data.Postgres;

/// <summary>
/// The commerce schema on PostgreSQL, loaded from the lab's one generator with binary COPY. Heap tables with a B-tree
/// primary key and the same secondary indexes as SQLite's <see cref="Sqlite.CommerceSchema"/>; table and column names
/// are SQLite's, quoted, so one EF Core model maps both engines. Native types where SQLite stores text: uuid,
/// timestamptz, numeric (unconstrained, so a value keeps the scale it was written with), boolean.
/// </summary>
public static class PostgresCommerce
{
    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        CreateCustomersTable("\"Customers\"", "bigint"),
        """
        CREATE TABLE "Products" (
            "Id" bigint PRIMARY KEY,
            "Sku" text NOT NULL,
            "Name" text NOT NULL,
            "Category" text NOT NULL,
            "Price" numeric NOT NULL,
            "Description" text NULL,
            "Discontinued" boolean NOT NULL
        )
        """,
        """
        CREATE TABLE "Orders" (
            "Id" bigint PRIMARY KEY,
            "CustomerId" bigint NOT NULL REFERENCES "Customers" ("Id"),
            "OrderedAt" timestamptz NOT NULL,
            "Status" integer NOT NULL,
            "Total" numeric NOT NULL,
            "ShippedAt" timestamptz NULL,
            "Notes" text NULL
        )
        """,
        """
        CREATE TABLE "OrderLines" (
            "Id" bigint PRIMARY KEY,
            "OrderId" bigint NOT NULL REFERENCES "Orders" ("Id"),
            "ProductId" bigint NOT NULL REFERENCES "Products" ("Id"),
            "Quantity" integer NOT NULL,
            "UnitPrice" numeric NOT NULL,
            "Discount" numeric NULL
        )
        """,
    ];

    /// <summary>
    /// The customers table, the one definition of its columns: the data set's (<c>"Customers"</c>, a bigint key) and the
    /// index suite's insert tables (another schema, and a uuid key where the key order is the question).
    /// </summary>
    /// <param name="table">The table's name as SQL, quoted (and qualified) as the caller needs it.</param>
    /// <param name="keyType">The type of the primary key <c>"Id"</c>.</param>
    public static string CreateCustomersTable(string table, string keyType) => $"""
        CREATE TABLE {table} (
            "Id" {keyType} PRIMARY KEY,
            "ExternalId" uuid NOT NULL,
            "Email" text NOT NULL,
            "Name" text NOT NULL,
            "City" text NOT NULL,
            "Country" text NOT NULL,
            "Phone" text NULL,
            "CreatedAt" timestamptz NOT NULL,
            "LoyaltyPoints" integer NOT NULL
        )
        """;

    /// <summary>The secondary indexes, built after the load (faster than maintaining them row by row), as on SQLite.</summary>
    public static IReadOnlyList<string> PostLoadStatements { get; } =
    [
        """CREATE UNIQUE INDEX "IX_Customers_Email" ON "Customers" ("Email")""",
        """CREATE UNIQUE INDEX "IX_Products_Sku" ON "Products" ("Sku")""",
        """CREATE INDEX "IX_Orders_CustomerId" ON "Orders" ("CustomerId")""",
        """CREATE INDEX "IX_Orders_OrderedAt" ON "Orders" ("OrderedAt")""",
        """CREATE INDEX "IX_OrderLines_OrderId" ON "OrderLines" ("OrderId")""",
        """CREATE INDEX "IX_OrderLines_ProductId" ON "OrderLines" ("ProductId")""",
    ];

    /// <summary>
    /// Creates the tables, copies every generated row in (binary COPY, one stream per table), builds the indexes and
    /// runs VACUUM ANALYZE, so the planner has statistics and the visibility map is set (index-only scans need it).
    /// </summary>
    public static void Load(NpgsqlConnection connection, CommerceDataGenerator data)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(data);
        foreach (var statement in CreateStatements) Execute(connection, statement);
        Copy(connection, "Customers", data.Customers(), (w, c) =>
        {
            w.Write(c.Id, NpgsqlDbType.Bigint);
            WriteCustomerColumns(w, c);
        });
        Copy(connection, "Products", data.Products(), (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Bigint);
            w.Write(p.Sku, NpgsqlDbType.Text);
            w.Write(p.Name, NpgsqlDbType.Text);
            w.Write(p.Category, NpgsqlDbType.Text);
            w.Write(p.Price, NpgsqlDbType.Numeric);
            WriteNullable(w, p.Description, NpgsqlDbType.Text);
            w.Write(p.Discontinued, NpgsqlDbType.Boolean);
        });
        // Orders and lines come from one generated stream; generating it twice is cheaper than buffering it.
        Copy(connection, "Orders", data.Orders(), (w, o) =>
        {
            w.Write(o.Id, NpgsqlDbType.Bigint);
            w.Write(o.CustomerId, NpgsqlDbType.Bigint);
            w.Write(o.OrderedAt, NpgsqlDbType.TimestampTz);
            w.Write((int)o.Status, NpgsqlDbType.Integer);
            w.Write(o.Total, NpgsqlDbType.Numeric);
            WriteNullable(w, o.ShippedAt, NpgsqlDbType.TimestampTz);
            WriteNullable(w, o.Notes, NpgsqlDbType.Text);
        });
        Copy(connection, "OrderLines", data.OrderLines(), (w, l) =>
        {
            w.Write(l.Id, NpgsqlDbType.Bigint);
            w.Write(l.OrderId, NpgsqlDbType.Bigint);
            w.Write(l.ProductId, NpgsqlDbType.Bigint);
            w.Write(l.Quantity, NpgsqlDbType.Integer);
            w.Write(l.UnitPrice, NpgsqlDbType.Numeric);
            WriteNullable(w, l.Discount, NpgsqlDbType.Numeric);
        });
        foreach (var statement in PostLoadStatements) Execute(connection, statement);
        Execute(connection, "VACUUM ANALYZE");
    }

    /// <summary>
    /// The loaded rows' checksum, read back in id order into the domain types: equal to the generator's
    /// <see cref="CommerceDataGenerator.ComputeChecksum"/> exactly when the database holds the generated data.
    /// </summary>
    public static string ComputeChecksum(NpgsqlConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // Two connections' worth of readers at once: lines stream beside their orders, so open a second one.
        using var lines = connection.CloneWith(connection.ConnectionString);
        lines.Open();
        return CommerceDataGenerator.Checksum(ReadCustomers(connection), ReadProducts(connection), ReadOrders(connection, lines));
    }

    private static IEnumerable<Customer> ReadCustomers(NpgsqlConnection connection) =>
        Read(connection, $"""SELECT {PostgresColumns.Customers} FROM "Customers" ORDER BY "Id" """,
            r => RowMapper.Customer(new NpgsqlRow(r)));

    private static IEnumerable<Product> ReadProducts(NpgsqlConnection connection) =>
        Read(connection, """SELECT "Id", "Sku", "Name", "Category", "Price", "Description", "Discontinued" FROM "Products" ORDER BY "Id" """,
            r => new Product
            {
                Id = r.GetInt64(0), Sku = r.GetString(1), Name = r.GetString(2), Category = r.GetString(3), Price = r.GetDecimal(4),
                Description = r.IsDBNull(5) ? null : r.GetString(5), Discontinued = r.GetBoolean(6),
            });

    /// <summary>Orders in id order, each with its lines: two id-ordered streams merged on the order id.</summary>
    private static IEnumerable<(Order Order, IReadOnlyList<OrderLine> Lines)> ReadOrders(NpgsqlConnection connection, NpgsqlConnection linesConnection)
    {
        using var lines = Read(linesConnection, $"""SELECT {PostgresColumns.OrderLines} FROM "OrderLines" ORDER BY "OrderId", "Id" """,
            r => RowMapper.OrderLine(new NpgsqlRow(r))).GetEnumerator();
        var pending = lines.MoveNext() ? lines.Current : null;
        foreach (var order in Read(connection, """SELECT "Id", "CustomerId", "OrderedAt", "Status", "Total", "ShippedAt", "Notes" FROM "Orders" ORDER BY "Id" """,
                     r => new Order
                     {
                         Id = r.GetInt64(0), CustomerId = r.GetInt64(1), OrderedAt = r.GetDateTime(2), Status = (OrderStatus)r.GetInt32(3),
                         Total = r.GetDecimal(4), ShippedAt = r.IsDBNull(5) ? null : r.GetDateTime(5), Notes = r.IsDBNull(6) ? null : r.GetString(6),
                     }))
        {
            var own = new List<OrderLine>();
            while (pending is not null && pending.OrderId == order.Id)
            {
                own.Add(pending);
                pending = lines.MoveNext() ? lines.Current : null;
            }
            yield return (order, own);
        }
    }

    private static IEnumerable<T> Read<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map)
    {
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return map(reader);
    }

    /// <summary>
    /// A customer's columns after its key, in the table's order, into a binary COPY row: the data set's load and the
    /// suites' insert workloads, which write the key themselves (the data set's bigint, or another key type).
    /// </summary>
    /// <remarks>No argument checks: it runs per row inside measured inserts, whose callers own the importer and rows.</remarks>
    public static void WriteCustomerColumns(NpgsqlBinaryImporter importer, Customer customer)
    {
        importer.Write(customer.ExternalId, NpgsqlDbType.Uuid);
        importer.Write(customer.Email, NpgsqlDbType.Text);
        importer.Write(customer.Name, NpgsqlDbType.Text);
        importer.Write(customer.City, NpgsqlDbType.Text);
        importer.Write(customer.Country, NpgsqlDbType.Text);
        WriteNullable(importer, customer.Phone, NpgsqlDbType.Text);
        importer.Write(customer.CreatedAt, NpgsqlDbType.TimestampTz);
        importer.Write(customer.LoyaltyPoints, NpgsqlDbType.Integer);
    }

    private static void Copy<T>(NpgsqlConnection connection, string table, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write)
    {
        using var importer = connection.BeginBinaryImport($"""COPY "{table}" FROM STDIN (FORMAT BINARY)""");
        foreach (var row in rows)
        {
            importer.StartRow();
            write(importer, row);
        }
        importer.Complete();
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
    {
        if (value is null) importer.WriteNull();
        else importer.Write(value, type);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
