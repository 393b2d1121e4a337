namespace PerfLab.Reporting.Sections;

/// <summary>
/// A trade-off the findings file asks the report to price (<c>"breakEvens"</c>): a technique that saves time on one
/// operation (<see cref="Gain"/>, e.g. a list read from copied columns instead of a join) and costs more on others
/// (<see cref="Costs"/>, e.g. renaming a customer, placing an order). The suite's page then shows how many saving
/// operations each costly one must be followed by before the technique costs less overall.
/// </summary>
public sealed record BreakEvenSpec
{
    /// <summary>The choice, in plain words.</summary>
    public required string Question { get; init; }

    public required string Suite { get; init; }

    /// <summary>The comparison where <see cref="TradeOff.Technique"/> is faster than <see cref="TradeOff.Versus"/>.</summary>
    public required TradeOff Gain { get; init; }

    /// <summary>Comparisons where the technique is slower: each gets its own break-even.</summary>
    public required IReadOnlyList<TradeOff> Costs { get; init; }
}

/// <summary>Two results of one comparison, the technique and the one it replaces, and what one operation is.</summary>
/// <param name="Per">One operation of the comparison, in words: "list page read", "customer rename".</param>
public sealed record TradeOff(string Comparison, string Technique, string Versus, string Per)
{
    /// <summary>The parameter values, as the page shows them; needed when the comparison has several.</summary>
    public string? Parameters { get; init; }
}
