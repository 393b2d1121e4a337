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

    /// <summary>
    /// Serialization suite (<c>serialization</c>): one category per operation and payload, every serializer in it,
    /// System.Text.Json with reflection as the baseline.
    /// </summary>
    public static class Serialization
    {
        public const string SerializeSmall = "Serialize.Small";
        public const string SerializeMedium = "Serialize.Medium";
        public const string SerializeLarge = "Serialize.Large";
        public const string SerializeNumeric = "Serialize.Numeric";
        public const string DeserializeSmall = "Deserialize.Small";
        public const string DeserializeMedium = "Deserialize.Medium";
        public const string DeserializeLarge = "Deserialize.Large";
        public const string DeserializeNumeric = "Deserialize.Numeric";
    }

    /// <summary>Caching suite (<c>caching</c>).</summary>
    public static class Caching
    {
    }
}
