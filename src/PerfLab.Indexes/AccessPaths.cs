namespace PerfLab.Indexes;

/// <summary>Every access path the suite measures. Paths in one comparison return the same rows (see the tests).</summary>
public static class AccessPaths
{
    // Point lookup of one customer: by id (integer keys) or by email (the natural text key).

    public static readonly AccessPath<CustomerCard> CustomerById_RowidPrimaryKey = Card(
        "id, rowid INTEGER PRIMARY KEY (clustered)", CustomerTableVariant.RowidPrimaryKey, IndexQueries.CustomerById);

    public static readonly AccessPath<CustomerCard> CustomerById_IntPrimaryKey = Card(
        "id, INT PRIMARY KEY (automatic index, then rowid)", CustomerTableVariant.IntPrimaryKey, IndexQueries.CustomerById);

    public static readonly AccessPath<CustomerCard> CustomerByEmail_Clustered = Card(
        "email, WITHOUT ROWID clustered on email", CustomerTableVariant.EmailClustered, IndexQueries.CustomerByEmail);

    public static readonly AccessPath<CustomerCard> CustomerByEmail_SecondaryIndex = Card(
        "email, secondary index then rowid", CustomerTableVariant.EmailSecondaryIndex, IndexQueries.CustomerByEmail);

    public static readonly AccessPath<CustomerCard> CustomerByEmail_CoveringIndex = Card(
        "email, covering index only", CustomerTableVariant.EmailCoveringIndex, IndexQueries.CustomerByEmail);

    public static readonly AccessPath<CustomerCard> CustomerByEmail_Scan = Card(
        "email, no index (full scan)", CustomerTableVariant.RowidPrimaryKey, IndexQueries.CustomerByEmail);

    // Range of consecutive keys.

    public static readonly AccessPath<CustomerCard> CustomerIdRange_RowidPrimaryKey = Card(
        "id range, rowid (clustered)", CustomerTableVariant.RowidPrimaryKey, IndexQueries.CustomersByIdRange);

    public static readonly AccessPath<CustomerCard> CustomerIdRange_IntPrimaryKey = Card(
        "id range, automatic index then rowid per row", CustomerTableVariant.IntPrimaryKey, IndexQueries.CustomersByIdRange);

    public static readonly AccessPath<CustomerCard> CustomerEmailRange_Clustered = Card(
        "email range, WITHOUT ROWID clustered on email", CustomerTableVariant.EmailClustered, IndexQueries.CustomersByEmailRange);

    public static readonly AccessPath<CustomerCard> CustomerEmailRange_SecondaryIndex = Card(
        "email range, secondary index then rowid per row", CustomerTableVariant.EmailSecondaryIndex, IndexQueries.CustomersByEmailRange);

    public static readonly AccessPath<CustomerCard> CustomerEmailRange_CoveringIndex = Card(
        "email range, covering index only", CustomerTableVariant.EmailCoveringIndex, IndexQueries.CustomersByEmailRange);

    public static readonly AccessPath<CustomerCard> CustomerEmailRange_Scan = Card(
        "email range, full scan then sort", CustomerTableVariant.RowidPrimaryKey, IndexQueries.CustomersByEmailRange);

    /// <summary>The email point lookup's four paths, in the comparison's order.</summary>
    public static readonly EmailAccessPaths<AccessPath<CustomerCard>> CustomerByEmail =
        new(CustomerByEmail_Clustered, CustomerByEmail_SecondaryIndex, CustomerByEmail_CoveringIndex, CustomerByEmail_Scan);

    /// <summary>The email range's four paths, in the comparison's order.</summary>
    public static readonly EmailAccessPaths<AccessPath<CustomerCard>> CustomerEmailRange =
        new(CustomerEmailRange_Clustered, CustomerEmailRange_SecondaryIndex, CustomerEmailRange_CoveringIndex, CustomerEmailRange_Scan);

    public static readonly AccessPath<OrderHeader> OrdersOfCustomers_Clustered = new(
        "orders of consecutive customers, WITHOUT ROWID clustered on (CustomerId, OrderedAt, Id)",
        OrderTableVariant.ClusteredByCustomer, IndexQueries.OrdersByCustomerRange, OrderHeader.Read);

    public static readonly AccessPath<OrderHeader> OrdersOfCustomers_SecondaryIndex = new(
        "orders of consecutive customers, secondary index (CustomerId, OrderedAt) then rowid per row",
        OrderTableVariant.RowidWithCustomerIndex, IndexQueries.OrdersByCustomerRange, OrderHeader.Read);

    private static AccessPath<CustomerCard> Card(string name, CustomerTableVariant variant, string sql) =>
        new(name, variant, sql, CustomerCard.Read);
}
