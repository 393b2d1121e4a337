namespace PerfLab.Transactions.Isolation;

/// <summary>The counter row as EF Core maps it; <see cref="Version"/> is its concurrency token.</summary>
public sealed class Counter
{
    public long Id { get; set; }
    public long Value { get; set; }
    public long Version { get; set; }
}
