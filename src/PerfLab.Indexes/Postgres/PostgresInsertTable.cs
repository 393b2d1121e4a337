using System.Globalization;

namespace PerfLab.Indexes.Postgres;

/// <summary>The primary key type of an insert table, and so the order new keys arrive in.</summary>
public enum InsertKey
{
    /// <summary><c>bigint</c>, the generator's ids: every new key is the largest so far.</summary>
    Bigint,

    /// <summary><c>uuid</c> version 4 (the generator's random <c>ExternalId</c>): new keys land anywhere in the B-tree.</summary>
    UuidV4,

    /// <summary><c>uuid</c> version 7 (<see cref="Guid.CreateVersion7(DateTimeOffset)"/>): a millisecond timestamp first, so new keys arrive in order.</summary>
    UuidV7,
}

/// <summary>
/// A <c>Customers</c> table of the write comparisons (the commerce table's columns,
/// <see cref="PostgresCommerce.CreateCustomersTable"/>): empty in the template (its rows are written per measurement,
/// <see cref="PostgresCustomerInsert"/>), in a schema of its own, with a primary key of <see cref="Key"/>'s type and
/// the secondary indexes of SQLite's write variants. Autovacuum is off on it: the workload sets its state itself, and a
/// background vacuum starting mid-measurement would be noise.
/// </summary>
public sealed class PostgresInsertTable
{
    public static readonly PostgresInsertTable NoSecondaryIndex = new("ix_insert_0", InsertKey.Bigint, []);

    public static readonly PostgresInsertTable OneSecondaryIndex = new("ix_insert_1", InsertKey.Bigint, [EmailIndex]);

    public static readonly PostgresInsertTable ThreeSecondaryIndexes = new("ix_insert_3", InsertKey.Bigint, [EmailIndex, CountryCityIndex, CreatedAtIndex]);

    public static readonly PostgresInsertTable FiveSecondaryIndexes = new("ix_insert_5", InsertKey.Bigint,
        [EmailIndex, CountryCityIndex, CreatedAtIndex, """CREATE UNIQUE INDEX "IX_Customers_ExternalId" ON {0}."Customers" ("ExternalId")""", """CREATE INDEX "IX_Customers_Name" ON {0}."Customers" ("Name")"""]);

    public static readonly PostgresInsertTable UuidV4Key = new("ix_insert_uuid4", InsertKey.UuidV4, []);

    public static readonly PostgresInsertTable UuidV7Key = new("ix_insert_uuid7", InsertKey.UuidV7, []);

    public static IReadOnlyList<PostgresInsertTable> All { get; } =
        [NoSecondaryIndex, OneSecondaryIndex, ThreeSecondaryIndexes, FiveSecondaryIndexes, UuidV4Key, UuidV7Key];

    private const string EmailIndex = """CREATE UNIQUE INDEX "IX_Customers_Email" ON {0}."Customers" ("Email")""";
    private const string CountryCityIndex = """CREATE INDEX "IX_Customers_Country_City" ON {0}."Customers" ("Country", "City")""";
    private const string CreatedAtIndex = """CREATE INDEX "IX_Customers_CreatedAt" ON {0}."Customers" ("CreatedAt")""";

    private PostgresInsertTable(string schema, InsertKey key, IReadOnlyList<string> secondaryIndexes)
    {
        Schema = schema;
        Key = key;
        SecondaryIndexCount = secondaryIndexes.Count;
        SetupStatements =
        [
            $"CREATE SCHEMA {schema}",
            PostgresCommerce.CreateCustomersTable($"{schema}.\"Customers\"", key == InsertKey.Bigint ? "bigint" : "uuid") + " WITH (autovacuum_enabled = off)",
            .. secondaryIndexes.Select(index => string.Format(CultureInfo.InvariantCulture, index, schema)),
        ];
    }

    public string Schema { get; }

    public InsertKey Key { get; }

    public int SecondaryIndexCount { get; }

    /// <summary>The empty table and its indexes, part of the suite's template.</summary>
    public IReadOnlyList<string> SetupStatements { get; }

    public string QualifiedTable => $"{Schema}.\"Customers\"";

    internal NpgsqlDbType KeyType => Key == InsertKey.Bigint ? NpgsqlDbType.Bigint : NpgsqlDbType.Uuid;

    /// <summary>
    /// The keys of <paramref name="customers"/> (ids 1, 2, …). Version 7 keys take their timestamp from the id
    /// (one millisecond apart from <see cref="CommerceDataGenerator.Epoch"/>), so they sort in id order; their random
    /// bits differ between processes, which changes no key's place.
    /// </summary>
    internal object[] KeysOf(IReadOnlyList<Customer> customers) => Key switch
    {
        InsertKey.Bigint => customers.Select(c => (object)c.Id).ToArray(),
        InsertKey.UuidV4 => customers.Select(c => (object)c.ExternalId).ToArray(),
        _ => customers.Select(c => (object)Guid.CreateVersion7(new DateTimeOffset(CommerceDataGenerator.Epoch).AddMilliseconds(c.Id))).ToArray(),
    };

    public override string ToString() => QualifiedTable;
}
