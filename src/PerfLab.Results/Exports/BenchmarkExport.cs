using System.Globalization;

namespace PerfLab.Results.Exports;

/// <summary>
/// One BenchmarkDotNet full JSON export (<c>*-report-full.json</c> or <c>*-report-full-compressed.json</c>, optionally
/// gzip-compressed): the machine it ran on, the lab's <c>PerfLab</c> block when the lab's exporter wrote it, and every
/// benchmark in it. One export is one round of one run (or part of one, when a round wrote several exports).
/// </summary>
/// <param name="SourcePath">The file it was read from (full path).</param>
/// <param name="Title">BenchmarkDotNet's summary title, e.g. <c>Ns.Type-20261125-060651</c>.</param>
public sealed record BenchmarkExport(
    string SourcePath,
    string Title,
    HostEnvironment Environment,
    LabInfo? Lab,
    IReadOnlyList<BenchmarkResult> Benchmarks)
{
    /// <summary>
    /// The suite this export belongs to: the lab's suite name, else the namespace all its benchmarks share, else the
    /// title without BenchmarkDotNet's timestamp suffix.
    /// </summary>
    public string Suite
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Lab?.Suite)) return Lab.Suite;
            var namespaces = Benchmarks.Select(b => b.Namespace).Distinct(StringComparer.Ordinal).ToArray();
            if (namespaces is [{ Length: > 0 } single]) return single;
            return TitleWithoutTimestamp;
        }
    }

    /// <summary>When the run started, from the title's <c>-yyyyMMdd-HHmmss</c> suffix (the run machine's local time); null if absent.</summary>
    public DateTime? RunDate =>
        Title.Length > 16 && DateTime.TryParseExact(Title[^15..], "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && Title[^16] == '-'
            ? date
            : null;

    /// <summary>The run this export belongs to (the lab's run id); empty for exports that record none (each is then its own single-round run).</summary>
    public string RunId => Lab?.Run ?? "";

    /// <summary>The round of its run (1 when the export records none).</summary>
    public int Round => Lab?.Round ?? 1;

    /// <summary>When the run's host process started, as recorded (ISO 8601, sorts as text); null when not recorded.</summary>
    public string? StartedUtc => Lab?.HostStartedUtc;

    private string TitleWithoutTimestamp => RunDate is null ? Title : Title[..^16];
}
