using Microsoft.Data.Sqlite;

namespace PerfLab.Indexes;

/// <summary>
/// What the customer lookups return: the key, the natural key and two columns only the row (or a covering index) holds.
/// Narrow on purpose, so one index can cover it (a covering index that holds the whole row is just a second table).
/// </summary>
public sealed record CustomerCard(long Id, string Email, string Name, int LoyaltyPoints)
{
    public const string Columns = "Id, Email, Name, LoyaltyPoints";

    public static CustomerCard Read(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3));
}

/// <summary>What the orders range returns.</summary>
public sealed record OrderHeader(long Id, long CustomerId, DateTime OrderedAt, decimal Total)
{
    public const string Columns = "Id, CustomerId, OrderedAt, Total";

    public static OrderHeader Read(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetInt64(1),
            SqliteValues.ParseTimestamp(reader.GetString(2)), SqliteValues.ParseMoney(reader.GetString(3)));
}
