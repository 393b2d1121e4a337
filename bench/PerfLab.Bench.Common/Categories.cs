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
