namespace PerfLab.Reporting;

/// <summary>What a report run wrote.</summary>
/// <param name="Pages">The suite pages, relative to the output folder, in suite order.</param>
/// <param name="Warnings">Headline findings the measurement contradicts or did not measure, one line each.</param>
public sealed record GeneratedReport(string OutputFolder, IReadOnlyList<string> Pages, IReadOnlyList<string> Warnings);
