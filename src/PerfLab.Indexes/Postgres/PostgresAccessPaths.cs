namespace PerfLab.Indexes.Postgres;

/// <summary>Every access path the suite measures on PostgreSQL. Paths in one comparison return the same rows (see the tests).</summary>
public static class PostgresAccessPaths
{
    // One customer by email.

    public static readonly PostgresAccessPath<CustomerCard> CustomerByEmail_Clustered = Card(
        "email, primary key on email, heap CLUSTERed on it", PostgresIndexVariant.CustomersEmailClustered, PostgresIndexQueries.CustomerByEmail);

    public static readonly PostgresAccessPath<CustomerCard> CustomerByEmail_SecondaryIndex = Card(
        "email, secondary index then heap", PostgresIndexVariant.CustomersEmailIndex, PostgresIndexQueries.CustomerByEmail);

    public static readonly PostgresAccessPath<CustomerCard> CustomerByEmail_CoveringIndex = Card(
        "email, covering index (INCLUDE), index only", PostgresIndexVariant.CustomersEmailCovering, PostgresIndexQueries.CustomerByEmail);

    public static readonly PostgresAccessPath<CustomerCard> CustomerByEmail_Scan = Card(
        "email, no index (sequential scan)", PostgresIndexVariant.CustomersNoEmailIndex, PostgresIndexQueries.CustomerByEmail);

    // 1,000 consecutive emails.

    public static readonly PostgresAccessPath<CustomerCard> CustomerEmailRange_Clustered = Card(
        "email range, primary key on email, heap CLUSTERed on it", PostgresIndexVariant.CustomersEmailClustered, PostgresIndexQueries.CustomersByEmailRange);

    public static readonly PostgresAccessPath<CustomerCard> CustomerEmailRange_SecondaryIndex = Card(
        "email range, secondary index, heap in id order", PostgresIndexVariant.CustomersEmailIndex, PostgresIndexQueries.CustomersByEmailRange);

    public static readonly PostgresAccessPath<CustomerCard> CustomerEmailRange_CoveringIndex = Card(
        "email range, covering index (INCLUDE), index only", PostgresIndexVariant.CustomersEmailCovering, PostgresIndexQueries.CustomersByEmailRange);

    public static readonly PostgresAccessPath<CustomerCard> CustomerEmailRange_Scan = Card(
        "email range, sequential scan then sort", PostgresIndexVariant.CustomersNoEmailIndex, PostgresIndexQueries.CustomersByEmailRange);

    /// <summary>The email point lookup's four paths, in the comparison's order.</summary>
    public static readonly EmailAccessPaths<PostgresAccessPath<CustomerCard>> CustomerByEmail =
        new(CustomerByEmail_Clustered, CustomerByEmail_SecondaryIndex, CustomerByEmail_CoveringIndex, CustomerByEmail_Scan);

    /// <summary>The email range's four paths, in the comparison's order.</summary>
    public static readonly EmailAccessPaths<PostgresAccessPath<CustomerCard>> CustomerEmailRange =
        new(CustomerEmailRange_Clustered, CustomerEmailRange_SecondaryIndex, CustomerEmailRange_CoveringIndex, CustomerEmailRange_Scan);

    // About 1,000 orders in a time window.

    public static readonly PostgresAccessPath<OrderHeader> OrdersTimeWindow_BTreeClustered = Order(
        "time window, B-tree, heap CLUSTERed on time", PostgresIndexVariant.OrdersClusteredByTime);

    public static readonly PostgresAccessPath<OrderHeader> OrdersTimeWindow_BTreeRandomOrder = Order(
        "time window, B-tree, heap in id order (times random)", PostgresIndexVariant.OrdersRandomTimeOrder);

    public static readonly PostgresAccessPath<OrderHeader> OrdersTimeWindow_Brin = Order(
        "time window, BRIN, heap in time order", PostgresIndexVariant.OrdersTimeOrderedBrin);

    private static PostgresAccessPath<CustomerCard> Card(string name, PostgresIndexVariant variant, string sql) =>
        new(name, variant, sql, NpgsqlDbType.Text, PostgresIndexQueries.ReadCard);

    private static PostgresAccessPath<OrderHeader> Order(string name, PostgresIndexVariant variant) =>
        new(name, variant, PostgresIndexQueries.OrdersByTimeWindow, NpgsqlDbType.TimestampTz, PostgresIndexQueries.ReadOrder);
}
