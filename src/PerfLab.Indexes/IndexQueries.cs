namespace PerfLab.Indexes;

/// <summary>
/// The suite's SQL. Every variant's table has the same name and columns, so one statement runs unchanged against each
/// variant's database and only the access path SQLite chooses differs.
/// </summary>
public static class IndexQueries
{
    public const string KeyParameter = "$key";
    public const string FromParameter = "$from";
    public const string ToParameter = "$to";

    public const string CustomerById = $"SELECT {CustomerCard.Columns} FROM Customers WHERE Id = {KeyParameter}";

    public const string CustomerByEmail = $"SELECT {CustomerCard.Columns} FROM Customers WHERE Email = {KeyParameter}";

    public const string CustomersByIdRange =
        $"SELECT {CustomerCard.Columns} FROM Customers WHERE Id BETWEEN {FromParameter} AND {ToParameter} ORDER BY Id";

    public const string CustomersByEmailRange =
        $"SELECT {CustomerCard.Columns} FROM Customers WHERE Email BETWEEN {FromParameter} AND {ToParameter} ORDER BY Email";

    /// <summary>The orders of a range of customers, in the order both order variants keep them (Id breaks ties).</summary>
    public const string OrdersByCustomerRange =
        $"SELECT {OrderHeader.Columns} FROM Orders WHERE CustomerId BETWEEN {FromParameter} AND {ToParameter} ORDER BY CustomerId, OrderedAt, Id";
}
