namespace PerfLab.Reporting.Publishing;

/// <summary>
/// What a committed publish still has to do, written into the output folder before the first file of it changes. Its
/// presence is the commit point: a report killed after it is rolled forward by the next report (every step is
/// idempotent), one killed before it left the output untouched.
/// </summary>
/// <param name="Staging">The staging folder's name inside the output folder.</param>
/// <param name="Add">Files (relative, '/') moved from staging into the output, replacing the old ones atomically file by file.</param>
/// <param name="Remove">Files of the previous report that the new one does not have: deleted.</param>
/// <param name="ReadmeTemporary">A fully written replacement of the README (full path), renamed over <paramref name="Readme"/>; null without one.</param>
public sealed record PublishJournal(string Staging, IReadOnlyList<string> Add, IReadOnlyList<string> Remove, string? ReadmeTemporary, string? Readme);
