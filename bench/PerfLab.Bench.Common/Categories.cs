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
