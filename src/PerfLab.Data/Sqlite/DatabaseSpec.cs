namespace PerfLab.Data.Sqlite;

/// <summary>What a database holds: a schema variant filled from the generator at a scale and seed.</summary>
public sealed record DatabaseSpec(SchemaVariant Variant, int Scale, int Seed = CommerceDataGenerator.DefaultSeed)
{
    /// <summary>File name of the cached build; includes the variant's fingerprint so a changed definition never matches.</summary>
    public string CacheFileName => $"{Variant.Name}-scale{Scale}-seed{Seed}-{Variant.Fingerprint}.db";
}
