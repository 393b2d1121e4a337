using System.Globalization;
using PerfLab.Data.Sqlite;

namespace PerfLab.Bench.Security;

/// <summary>
/// What the field-encryption benchmarks share: a private SQLite database of <see cref="Scale"/> generated customers
/// with the sensitive fields stored one way (<see cref="SensitiveCustomerStore"/>). Each benchmark method has its own
/// <c>[GlobalSetup(Target = ...)]</c> that builds only the storage it measures.
/// </summary>
public abstract class FieldEncryptionBenchmark : ILabMetricSource
{
    /// <summary>Customers in the database, as in the caching suite: reads rotate over all of them.</summary>
    public const int Scale = 10_000;

    /// <summary>Seed of the key and customer orders, fixed so every run touches the same rows in the same order.</summary>
    protected const int Seed = CommerceDataGenerator.DefaultSeed;

    /// <summary>The store of this process (null until a setup ran): public so tests can see what a setup built.</summary>
    public SensitiveCustomerStore Store { get; private set; } = null!;

    [GlobalCleanup]
    public void GlobalCleanup() => Store?.Dispose();

    /// <summary>
    /// SensitiveFieldBytes: stored bytes of email, name and phone per row (AES-GCM adds 29 per present field).
    /// SqliteSettings: the durability the writes ran under, the same for both rows.
    /// </summary>
    public IReadOnlyDictionary<string, string> GetLabMetrics(string benchmarkMethod) => new Dictionary<string, string>
    {
        ["SensitiveFieldBytes"] = Math.Round(Store.SensitiveBytesPerRow()).ToString("0", CultureInfo.InvariantCulture),
        [SqliteSettings.MetricName] = Store.Settings.ToString(),
    };

    protected void Open(FieldProtection protection) => Store = SensitiveCustomerStore.Create(protection, Scale);
}
