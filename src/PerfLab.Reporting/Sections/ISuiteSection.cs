namespace PerfLab.Reporting.Sections;

/// <summary>
/// Content a suite contributes to its own page, beyond what every page has: the one extension point of the page
/// writer (<see cref="SuitePage"/>). A section is registered for its suite in <see cref="SuiteSections"/> and made
/// once per report, before anything is written (so a section that checks its input fails the report as bad input).
/// Both places are optional: a section writes where it has something to say.
/// </summary>
public interface ISuiteSection
{
    /// <summary>Under a comparison's table (before the text metrics); <see cref="SectionText.None"/> when it adds nothing there.</summary>
    SectionText UnderComparison(Comparison comparison) => SectionText.None;

    /// <summary>After the suite's comparisons (before the superseded results); "" when it adds nothing there.</summary>
    string AfterComparisons(SuiteReport suite) => "";
}

/// <summary>Markdown a section adds under a comparison, and the text metrics it shows (the page does not list them again).</summary>
public sealed record SectionText(string Markdown, IReadOnlyList<string> ShownMetrics)
{
    public static readonly SectionText None = new("", []);
}

/// <summary>What a section may draw on besides the suite: the findings file (null without one) and where it was read from.</summary>
public sealed record SectionInputs(FindingsDocument? Findings, string? FindingsPath, IReadOnlyList<SuiteReport> Suites);
