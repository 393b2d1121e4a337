namespace PerfLab.Reporting;

/// <summary>What a report adds to the pages beyond the exports.</summary>
/// <param name="FindingsPath">The headline findings file (bench/findings.json): rendered into the index.</param>
/// <param name="ReadmePath">A markdown file whose findings block (between <see cref="ReadmeBlock"/>'s markers) gets the findings too; needs <paramref name="FindingsPath"/>.</param>
public sealed record ReportOptions(string? FindingsPath = null, string? ReadmePath = null)
{
    /// <summary>Fault injection for tests: called before every step of publishing that changes the disk.</summary>
    public Action<string>? BeforePublishStep { get; init; }

    /// <summary>The suites' own page sections, suite name → factories; null: <see cref="SuiteSections.Registered"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Func<SectionInputs, ISuiteSection>>>? Sections { get; init; }

    /// <summary>
    /// The repository whose <c>bench/</c> folder holds the benchmarks: each technique on a page links to its source there
    /// (<see cref="SourceLinks"/>); null: no links.
    /// </summary>
    public string? SourceRoot { get; init; }
}
