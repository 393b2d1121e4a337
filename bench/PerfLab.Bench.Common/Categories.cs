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

    /// <summary>Caching suite (<c>caching</c>).</summary>
    public static class Caching
    {
    }
}
