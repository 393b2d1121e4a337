namespace PerfLab.Reporting.Pages;

/// <summary>The ratios (technique ÷ versus) a meaning was written for; either bound may be open.</summary>
public sealed record RatioRange
{
    public double? Above { get; init; }

    public double? Below { get; init; }

    public bool Contains(double ratio) => (Above is not { } low || ratio > low) && (Below is not { } high || ratio < high);

    public override string ToString() => (Above, Below) switch
    {
        ({ } low, { } high) => $"between {Formatting.Ratio(low)} and {Formatting.Ratio(high)}",
        ({ } low, null) => $"above {Formatting.Ratio(low)}",
        (null, { } high) => $"below {Formatting.Ratio(high)}",
        _ => "any ratio",
    };
}
