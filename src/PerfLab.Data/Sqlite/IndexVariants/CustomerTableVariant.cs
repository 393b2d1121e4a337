using Microsoft.Data.Sqlite;

namespace PerfLab.Data.Sqlite.IndexVariants;

/// <summary>
/// The index suite's shapes of one <c>Customers</c> table: the same generated customers (scale = rows), stored under
/// a different clustering key or with different secondary indexes. Each variant is its own database file, so the same
/// SQL text runs against each and only the access path SQLite can choose differs.
/// </summary>
/// <remarks>
/// A rowid table is a B-tree clustered on its <c>INTEGER PRIMARY KEY</c>; a <c>WITHOUT ROWID</c> table is clustered
/// on its <c>PRIMARY KEY</c>; every other index is a separate B-tree of (indexed columns, row key).
/// Rows are inserted in <c>Id</c> order, as an application would insert them; secondary indexes are built after the
/// load, as the shared builder does.
/// </remarks>
public sealed class CustomerTableVariant : SchemaVariant
{
    /// <summary>Clustered on <c>Id INTEGER PRIMARY KEY</c> (an alias for the rowid); no secondary index.</summary>
    public static readonly CustomerTableVariant RowidPrimaryKey = new("ix-customers-rowid",
        $"Id INTEGER PRIMARY KEY, {CommerceTables.CustomerColumns}");

    /// <summary>
    /// The <c>INT PRIMARY KEY</c> trap: only the exact type name <c>INTEGER</c> aliases the rowid, so SQLite keeps a
    /// hidden rowid as the clustering key and enforces the key through an automatic index
    /// (<c>sqlite_autoindex_Customers_1</c>): a lookup by <c>Id</c> is two B-tree searches.
    /// </summary>
    public static readonly CustomerTableVariant IntPrimaryKey = new("ix-customers-int-pk",
        $"Id INT PRIMARY KEY, {CommerceTables.CustomerColumns}");

    /// <summary><c>WITHOUT ROWID</c>, clustered on the natural text key <c>Email</c>: the row lives in the key's B-tree.</summary>
    public static readonly CustomerTableVariant EmailClustered = new("ix-customers-email-clustered",
        $"Id INTEGER NOT NULL, {CommerceTables.CustomerColumns}, PRIMARY KEY (Email)", withoutRowid: true);

    /// <summary><c>WITHOUT ROWID</c>, clustered on the random <c>ExternalId</c> (a GUID as text).</summary>
    public static readonly CustomerTableVariant GuidClustered = new("ix-customers-guid-clustered",
        $"Id INTEGER NOT NULL, {CommerceTables.CustomerColumns}, PRIMARY KEY (ExternalId)", withoutRowid: true);

    /// <summary>Rowid table plus one secondary (non-clustered) unique index on <c>Email</c>.</summary>
    public static readonly CustomerTableVariant EmailSecondaryIndex = new("ix-customers-email-index",
        $"Id INTEGER PRIMARY KEY, {CommerceTables.CustomerColumns}",
        EmailIndex);

    /// <summary>
    /// Rowid table plus an index on <c>Email</c> that also holds <c>Name</c> and <c>LoyaltyPoints</c>; with the rowid
    /// (<c>Id</c>) every index entry carries, it covers the suite's customer card query, so the table is never read.
    /// </summary>
    public static readonly CustomerTableVariant EmailCoveringIndex = new("ix-customers-email-covering",
        $"Id INTEGER PRIMARY KEY, {CommerceTables.CustomerColumns}",
        "CREATE INDEX IX_Customers_Email_Covering ON Customers (Email, Name, LoyaltyPoints)");

    /// <summary>Rowid table with three secondary indexes (email, location, signup date), for the write-cost comparison.</summary>
    public static readonly CustomerTableVariant ThreeSecondaryIndexes = new("ix-customers-3-indexes",
        $"Id INTEGER PRIMARY KEY, {CommerceTables.CustomerColumns}",
        [EmailIndex, CountryCityIndex, CreatedAtIndex]);

    /// <summary>Rowid table with five secondary indexes (the three above plus external id and name).</summary>
    public static readonly CustomerTableVariant FiveSecondaryIndexes = new("ix-customers-5-indexes",
        $"Id INTEGER PRIMARY KEY, {CommerceTables.CustomerColumns}",
        [EmailIndex, CountryCityIndex, CreatedAtIndex,
         "CREATE UNIQUE INDEX IX_Customers_ExternalId ON Customers (ExternalId)",
         "CREATE INDEX IX_Customers_Name ON Customers (Name)"]);

    private const string EmailIndex = "CREATE UNIQUE INDEX IX_Customers_Email ON Customers (Email)";
    private const string CountryCityIndex = "CREATE INDEX IX_Customers_Country_City ON Customers (Country, City)";
    private const string CreatedAtIndex = "CREATE INDEX IX_Customers_CreatedAt ON Customers (CreatedAt)";

    private CustomerTableVariant(string name, string columns, params IReadOnlyList<string> secondaryIndexes)
        : this(name, columns, withoutRowid: false, secondaryIndexes)
    {
    }

    private CustomerTableVariant(string name, string columns, bool withoutRowid, params IReadOnlyList<string> secondaryIndexes)
    {
        Name = name;
        CreateStatements = [$"CREATE TABLE Customers (\n{columns}\n){(withoutRowid ? " WITHOUT ROWID" : "")}"];
        PostLoadStatements = secondaryIndexes;
    }

    public override string Name { get; }

    public override IReadOnlyList<string> CreateStatements { get; }

    public override IReadOnlyList<string> PostLoadStatements { get; }

    /// <summary>Number of secondary indexes the variant builds (automatic indexes not counted).</summary>
    public int SecondaryIndexCount => PostLoadStatements.Count;

    public override void Load(SqliteConnection connection, SqliteTransaction transaction, CommerceDataGenerator data) =>
        CommerceTables.Customers.Write(connection, transaction, data.Customers());
}
