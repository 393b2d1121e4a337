namespace PerfLab.Reporting.Pages;

/// <summary>
/// One headline question the lab answers, as written in the findings file (<c>bench/findings.json</c>): which two
/// results to divide, and what the answer means for someone choosing. The numbers are never written there: the report
/// measures the ratio from the run, and <see cref="HoldsWhen"/> records the range the meaning was written for, so a run
/// that leaves it is flagged instead of standing next to a text it contradicts.
/// </summary>
public sealed record FindingSpec
{
    /// <summary>The choice, in plain words, e.g. "Read one row by key: EF Core compiled query or Dapper".</summary>
    public required string Question { get; init; }

    public required string Suite { get; init; }

    /// <summary>The comparison (category) on the suite's page.</summary>
    public required string Comparison { get; init; }

    /// <summary>The parameter values, as the page shows them (<c>Rows=1000000</c>); needed when the comparison has several.</summary>
    public string? Parameters { get; init; }

    /// <summary>The technique measured (numerator), as the page names it.</summary>
    public required string Technique { get; init; }

    /// <summary>The technique it is measured against (denominator).</summary>
    public required string Versus { get; init; }

    /// <summary>What the ratio means for the choice: no numbers, they come from the run.</summary>
    public required string Meaning { get; init; }

    public required RatioRange HoldsWhen { get; init; }

    /// <summary>Ordering claims the meaning relies on (fastest / slowest / faster than), checked against every run.</summary>
    public IReadOnlyList<FindingClaim> Claims { get; init; } = [];
}
