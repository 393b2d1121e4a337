namespace PerfLab.Bench.Common;

/// <summary>
/// Every benchmark category in the lab, one place (dotnet/performance style). A category is one comparison: the
/// techniques in it do the same work and share one baseline row. Published names never change.
/// </summary>
public static class Categories
{
    /// <summary>ORM suite (<c>orm</c>): data-access techniques over the commerce schema.</summary>
    public static class Orm
    {
    }

    /// <summary>Index suite (<c>indexes</c>): clustered vs non-clustered access paths in SQLite.</summary>
    public static class Indexes
    {
        /// <summary>One customer by key through each access path (rowid, INT PRIMARY KEY, clustered, secondary, covering, scan).</summary>
        public const string PointLookup = "Indexes.PointLookup";

        /// <summary>The same point lookups with keys in clustering order vs in random order.</summary>
        public const string LookupKeyOrder = "Indexes.LookupKeyOrder";

        /// <summary>1,000 consecutive ids: rowid (clustered) vs the INT PRIMARY KEY's automatic index.</summary>
        public const string RangeById = "Indexes.RangeById";

        /// <summary>1,000 consecutive emails: clustered vs secondary vs covering index vs scan.</summary>
        public const string RangeByEmail = "Indexes.RangeByEmail";

        /// <summary>About 1,000 orders of consecutive customers: composite clustered key vs secondary index.</summary>
        public const string OrdersRange = "Indexes.OrdersRange";

        /// <summary>Inserting 10,000 customers into a table with 0, 1, 3 and 5 secondary indexes.</summary>
        public const string InsertSecondaryIndexes = "Indexes.InsertSecondaryIndexes";

        /// <summary>Inserting 10,000 customers clustered on a sequential key (rowid) vs random keys (email, GUID).</summary>
        public const string InsertClusteredKeyOrder = "Indexes.InsertClusteredKeyOrder";
    }

    /// <summary>Serialization suite (<c>serialization</c>).</summary>
    public static class Serialization
    {
    }

    /// <summary>Caching suite (<c>caching</c>).</summary>
    public static class Caching
    {
    }
}
