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
        /// <summary>One customer by primary key, keys rotating over the whole table.</summary>
        public const string ById = "Orm.ById";

        /// <summary>About 160 order lines of one product through IX_OrderLines_ProductId.</summary>
        public const string ListByIndex = "Orm.ListByIndex";

        /// <summary>A customer's orders with their lines: join vs N+1 vs Include vs split query vs Dapper.</summary>
        public const string ParentWithChildren = "Orm.ParentWithChildren";

        /// <summary>A page of 100 customers as 3-column DTOs vs whole entities.</summary>
        public const string Projection = "Orm.Projection";

        /// <summary>Inserting 1,000 customers: one transaction per batch vs autocommit per row.</summary>
        public const string Insert = "Orm.Insert";

        /// <summary>Adding a bonus to 1,000 customers: one UPDATE vs ExecuteUpdate vs load-modify-save.</summary>
        public const string Update = "Orm.Update";
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

    /// <summary>
    /// Serialization suite (<c>serialization</c>): one category per operation and payload, every serializer in it,
    /// System.Text.Json with reflection as the baseline.
    /// </summary>
    public static class Serialization
    {
        /// <summary>Serializing one order line (83 bytes of JSON): per-call overhead.</summary>
        public const string SerializeSmall = "Serialization.SerializeSmall";

        /// <summary>Serializing one order with 20 lines and its customer nested (~2 KB of JSON).</summary>
        public const string SerializeMedium = "Serialization.SerializeMedium";

        /// <summary>Serializing a page of 10,000 customers, string heavy (~2.4 MB of JSON).</summary>
        public const string SerializeLarge = "Serialization.SerializeLarge";

        /// <summary>Serializing 100,000 structs of numbers (~7.9 MB of JSON).</summary>
        public const string SerializeNumeric = "Serialization.SerializeNumeric";

        /// <summary>Deserializing one order line (83 bytes of JSON): per-call overhead.</summary>
        public const string DeserializeSmall = "Serialization.DeserializeSmall";

        /// <summary>Deserializing one order with 20 lines and its customer nested (~2 KB of JSON).</summary>
        public const string DeserializeMedium = "Serialization.DeserializeMedium";

        /// <summary>Deserializing a page of 10,000 customers, string heavy (~2.4 MB of JSON).</summary>
        public const string DeserializeLarge = "Serialization.DeserializeLarge";

        /// <summary>Deserializing 100,000 structs of numbers (~7.9 MB of JSON).</summary>
        public const string DeserializeNumeric = "Serialization.DeserializeNumeric";
    }

    /// <summary>Caching suite (<c>caching</c>): cached vs uncached reads of a customer by id, and what each strategy costs.</summary>
    public static class Caching
    {
        /// <summary>A read whose key is cached, per technique, against the uncached SQLite read.</summary>
        public const string HitPath = "Caching.HitPath";

        /// <summary>A read whose key is not cached (load and insert, then removal), against the uncached read.</summary>
        public const string MissPath = "Caching.MissPath";

        /// <summary>A Redis hit and miss over loopback, against the uncached read.</summary>
        public const string Redis = "Caching.Redis";

        /// <summary>Effective time per read of a Zipf key stream through a size-bounded cache, per target hit ratio.</summary>
        public const string HitRatio = "Caching.HitRatio";

        /// <summary>9 reads to 1 write under each write policy, with the stale reads each one serves.</summary>
        public const string ReadWriteMix = "Caching.ReadWriteMix";

        /// <summary>64 concurrent callers on one cold key with a slow loader, with the loader calls each cache makes.</summary>
        public const string Stampede = "Caching.Stampede";
    }
}
