namespace PerfLab.Indexes.Postgres;

/// <summary>
/// One shape of a table the suite reads on PostgreSQL: the same rows (copied from the commerce table of that name by
/// <c>CREATE TABLE … AS SELECT</c>) under a schema of their own, so one SQL text runs against every variant through the
/// connection's <c>search_path</c> and only the indexes and the physical row order differ, as SQLite's variants
/// differ only by database file. Built once per server into the suite's template (<see cref="PostgresIndexDatabase"/>).
/// </summary>
/// <remarks>
/// Every PostgreSQL table is a heap (rows in insertion order) with each index, the primary key's included, a separate
/// B-tree (or BRIN) pointing into it: there is no index-organized table. <c>CLUSTER</c> rewrites a heap once in an
/// index's order; later writes do not keep that order.
/// </remarks>
public sealed class PostgresIndexVariant
{
    /// <summary>
    /// The commerce table itself: a heap in id order with a B-tree primary key on <c>Id</c> and the unique secondary
    /// index <c>IX_Customers_Email</c>.
    /// </summary>
    public static readonly PostgresIndexVariant CustomersEmailIndex = new("public", "Customers", []);

    /// <summary>Primary key on <c>Email</c> and the heap <c>CLUSTER</c>ed on it: PostgreSQL's nearest to a table clustered on email.</summary>
    public static readonly PostgresIndexVariant CustomersEmailClustered = new("ix_email_clustered", "Customers",
    [
        .. CopyInIdOrder("ix_email_clustered", "Customers"),
        """ALTER TABLE ix_email_clustered."Customers" ADD CONSTRAINT "PK_Customers_Email" PRIMARY KEY ("Email")""",
        """CLUSTER ix_email_clustered."Customers" USING "PK_Customers_Email" """,
    ]);

    /// <summary>
    /// Primary key on <c>Id</c> plus a unique index on <c>Email</c> that carries the card's other columns
    /// (<c>INCLUDE</c>): after VACUUM sets the visibility map, an Index Only Scan never visits the heap.
    /// </summary>
    public static readonly PostgresIndexVariant CustomersEmailCovering = new("ix_email_covering", "Customers",
    [
        .. CopyInIdOrder("ix_email_covering", "Customers"),
        """ALTER TABLE ix_email_covering."Customers" ADD CONSTRAINT "PK_Customers_Id" PRIMARY KEY ("Id")""",
        """CREATE UNIQUE INDEX "IX_Customers_Email_Covering" ON ix_email_covering."Customers" ("Email") INCLUDE ("Id", "Name", "LoyaltyPoints")""",
    ]);

    /// <summary>Primary key on <c>Id</c> only: nothing to search by email.</summary>
    public static readonly PostgresIndexVariant CustomersNoEmailIndex = new("ix_no_email_index", "Customers",
    [
        .. CopyInIdOrder("ix_no_email_index", "Customers"),
        """ALTER TABLE ix_no_email_index."Customers" ADD CONSTRAINT "PK_Customers_Id" PRIMARY KEY ("Id")""",
    ]);

    /// <summary>
    /// The commerce orders: a heap in id order, where the generator's order times are random, so the B-tree
    /// <c>IX_Orders_OrderedAt</c> points all over the heap (correlation ≈ 0).
    /// </summary>
    public static readonly PostgresIndexVariant OrdersRandomTimeOrder = new("public", "Orders", []);

    /// <summary>The same orders and B-tree on <c>OrderedAt</c>, the heap <c>CLUSTER</c>ed on it (correlation ≈ 1).</summary>
    public static readonly PostgresIndexVariant OrdersClusteredByTime = new("ix_time_clustered", "Orders",
    [
        .. CopyInIdOrder("ix_time_clustered", "Orders"),
        """ALTER TABLE ix_time_clustered."Orders" ADD CONSTRAINT "PK_Orders_Id" PRIMARY KEY ("Id")""",
        """CREATE INDEX "IX_Orders_OrderedAt" ON ix_time_clustered."Orders" ("OrderedAt")""",
        """CLUSTER ix_time_clustered."Orders" USING "IX_Orders_OrderedAt" """,
    ]);

    /// <summary>
    /// The same orders inserted in time order (as an append-only log of events arrives) with a BRIN index on
    /// <c>OrderedAt</c> instead of a B-tree: one summary (min, max) per 128 heap pages, the default range.
    /// </summary>
    public static readonly PostgresIndexVariant OrdersTimeOrderedBrin = new("ix_time_brin", "Orders",
    [
        """CREATE SCHEMA ix_time_brin""",
        """CREATE TABLE ix_time_brin."Orders" AS SELECT * FROM public."Orders" ORDER BY "OrderedAt", "Id" """,
        """ALTER TABLE ix_time_brin."Orders" ADD CONSTRAINT "PK_Orders_Id" PRIMARY KEY ("Id")""",
        """CREATE INDEX "BRIN_Orders_OrderedAt" ON ix_time_brin."Orders" USING brin ("OrderedAt")""",
    ]);

    public static IReadOnlyList<PostgresIndexVariant> All { get; } =
    [
        CustomersEmailIndex, CustomersEmailClustered, CustomersEmailCovering, CustomersNoEmailIndex,
        OrdersRandomTimeOrder, OrdersClusteredByTime, OrdersTimeOrderedBrin,
    ];

    private PostgresIndexVariant(string schema, string table, IReadOnlyList<string> setupStatements)
    {
        Schema = schema;
        Table = table;
        SetupStatements = setupStatements;
    }

    /// <summary>The schema that holds this variant's table: the connection's <c>search_path</c>.</summary>
    public string Schema { get; }

    /// <summary>The table's name, the same in every variant.</summary>
    public string Table { get; }

    /// <summary>The table as a qualified identifier, for size functions: <c>ix_time_brin."Orders"</c>.</summary>
    public string QualifiedTable => $"{Schema}.\"{Table}\"";

    /// <summary>What builds the variant in the template, after the commerce data is loaded (empty for the commerce tables).</summary>
    public IReadOnlyList<string> SetupStatements { get; }

    public override string ToString() => QualifiedTable;

    private static string[] CopyInIdOrder(string schema, string table) =>
    [
        $"CREATE SCHEMA {schema}",
        $"""CREATE TABLE {schema}."{table}" AS SELECT * FROM public."{table}" ORDER BY "Id" """,
    ];
}
