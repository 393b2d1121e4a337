namespace PerfLab.Queries.Model;

/// <summary>One customer's revenue over the aggregated orders: what every aggregation technique returns, in the same order.</summary>
public sealed record CustomerRevenue
{
    public long CustomerId { get; init; }
    public long RevenueCents { get; init; }
    public int Orders { get; init; }
}
