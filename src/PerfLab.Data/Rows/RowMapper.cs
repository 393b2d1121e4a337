namespace PerfLab.Data.Rows;

/// <summary>
/// The hand-written mapping of the domain rows, the one place a customer or an order line is read column by column,
/// whatever reads it (<see cref="IRowReader"/>). Column lists come from the builder's own writers
/// (<see cref="CommerceTables"/>), so the SQL selects exactly what the mappers read, in that order.
/// </summary>
public static class RowMapper
{
    public static readonly string CustomerColumns = ColumnList(CommerceTables.Customers);
    public static readonly string OrderLineColumns = ColumnList(CommerceTables.OrderLines);

    /// <summary>Columns of a table qualified by an alias (<c>o.Id, o.CustomerId, ...</c>), for joins.</summary>
    public static string ColumnList<T>(TableWriter<T> table, string? alias = null) => ColumnList(table, alias, quoted: false);

    /// <summary>
    /// As <see cref="ColumnList{T}(TableWriter{T}, string?)"/>, each name double-quoted when <paramref name="quoted"/>
    /// (PostgreSQL folds unquoted names to lower case; its schema keeps SQLite's PascalCase names quoted).
    /// </summary>
    public static string ColumnList<T>(TableWriter<T> table, string? alias, bool quoted) =>
        string.Join(", ", table.Columns.Select(c => quoted ? $"\"{c}\"" : c).Select(c => alias is null ? c : $"{alias}.{c}"));

    /// <summary>A customer's columns in <see cref="CommerceTables.Customers"/>' order, from ordinal 0.</summary>
    public static Customer Customer<TRow>(TRow row) where TRow : struct, IRowReader => new()
    {
        Id = row.GetInt64(0),
        ExternalId = row.GetGuid(1),
        Email = row.GetString(2),
        Name = row.GetString(3),
        City = row.GetString(4),
        Country = row.GetString(5),
        Phone = row.IsNull(6) ? null : row.GetString(6),
        CreatedAt = row.GetDateTime(7),
        LoyaltyPoints = row.GetInt32(8),
    };

    /// <summary>An order line's columns starting at <paramref name="first"/> (non-zero after a join's parent columns).</summary>
    public static OrderLine OrderLine<TRow>(TRow row, int first = 0) where TRow : struct, IRowReader => new()
    {
        Id = row.GetInt64(first),
        OrderId = row.GetInt64(first + 1),
        ProductId = row.GetInt64(first + 2),
        Quantity = row.GetInt32(first + 3),
        UnitPrice = row.GetDecimal(first + 4),
        Discount = row.IsNull(first + 5) ? null : row.GetDecimal(first + 5),
    };
}
