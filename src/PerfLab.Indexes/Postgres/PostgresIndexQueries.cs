namespace PerfLab.Indexes.Postgres;

/// <summary>
/// The suite's SQL on PostgreSQL: the same questions as <see cref="IndexQueries"/>, names quoted (the commerce schema's
/// PascalCase), parameters positional. Table names are unqualified: the variant's schema is the connection's search_path.
/// </summary>
public static class PostgresIndexQueries
{
    public const string CustomerColumns = """ "Id", "Email", "Name", "LoyaltyPoints" """;

    public const string CustomerByEmail = $"""SELECT {CustomerColumns} FROM "Customers" WHERE "Email" = $1""";

    public const string CustomersByEmailRange =
        $"""SELECT {CustomerColumns} FROM "Customers" WHERE "Email" BETWEEN $1 AND $2 ORDER BY "Email" """;

    /// <summary>Orders in a half-open time window, in time order (Id breaks ties).</summary>
    public const string OrdersByTimeWindow =
        """SELECT "Id", "CustomerId", "OrderedAt", "Total" FROM "Orders" WHERE "OrderedAt" >= $1 AND "OrderedAt" < $2 ORDER BY "OrderedAt", "Id" """;

    public static CustomerCard ReadCard(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3));

    public static OrderHeader ReadOrder(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetInt64(1), reader.GetDateTime(2), reader.GetDecimal(3));
}
