using System.Text;
using PerfLab.Reporting.Charts;
using PerfLab.Reporting.Exports;
using PerfLab.Reporting.Reports;

namespace PerfLab.Reporting;

/// <summary>What a report run wrote.</summary>
/// <param name="Pages">The suite pages, relative to the output folder, in suite order.</param>
/// <param name="Warnings">Headline findings whose meaning a measured ratio contradicts, one line each.</param>
public sealed record GeneratedReport(string OutputFolder, IReadOnlyList<string> Pages, IReadOnlyList<string> Warnings);

/// <summary>What a report adds to the pages beyond the exports.</summary>
/// <param name="FindingsPath">The headline findings file (bench/findings.json): rendered into the index.</param>
/// <param name="ReadmePath">A markdown file whose findings block (between <see cref="ReadmeBlock"/>'s markers) gets the findings too; needs <paramref name="FindingsPath"/>.</param>
/// <param name="SecondRunPath">A <c>compare --json</c> of this run with a second run of the same build: marks results that moved.</param>
public sealed record ReportOptions(string? FindingsPath = null, string? ReadmePath = null, string? SecondRunPath = null);

/// <summary>
/// Writes the report into an output folder:
/// <list type="bullet">
/// <item><c>&lt;suite&gt;.md</c> per suite, <c>charts/&lt;suite&gt;/*.png</c>, <c>raw/&lt;suite&gt;/</c> (the exports the page was made
/// from), <c>README.md</c> (the index) and, with a second run, <c>noise/run-to-run.json</c> (and .md): its comparison.</item>
/// <item>Suites already in the output (in its <c>raw/</c>) but not in the input are kept: their pages are regenerated
/// from their raw exports, so reporting one suite's run never loses another suite's results, and the index covers all.
/// Delete <c>raw/&lt;suite&gt;/</c> to drop a suite.</item>
/// <item>Everything is written to a temporary sibling folder first; only when all of it succeeded are the report's own
/// files in the output folder (README.md, the suite pages, charts/, raw/) replaced. Any other file there is left alone,
/// and on any error the output folder is untouched.</item>
/// <item>Deterministic: the same input gives byte-identical files (no clock, invariant culture, stable order, '\n' line ends,
/// a bundled chart font).</item>
/// </list>
/// </summary>
public static class ReportGenerator
{
    private const string RawFolder = "raw";
    private const string ChartsFolder = "charts";
    private const string IndexFile = "README.md";
    private const string NoiseFolder = "noise";
    private const string SecondRunFile = "run-to-run";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static GeneratedReport Generate(string input, string output, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        var outputFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (File.Exists(outputFolder)) throw new ReportInputException($"{output}: the output path is a file, not a folder");
        if (options.ReadmePath is not null && options.FindingsPath is null) throw new ReportInputException("--readme needs --findings: the block is the findings table");

        // Every input is read and checked before anything is written.
        var specs = options.FindingsPath is { } findingsPath ? HeadlineFindings.Load(findingsPath) : null;
        var readme = options.ReadmePath is { } readmePath ? ReadmeBlock.Read(readmePath) : null;
        var secondRun = options.SecondRunPath is { } secondRunPath ? RunToRun.Load(secondRunPath) : null;

        var fromInput = ExportLoader.Load(input).Select(e => (Export: e, RawName: Path.GetFileName(e.SourcePath))).ToList();
        var inputSlugs = fromInput.Select(e => Formatting.Slug(e.Export.Suite)).ToHashSet(StringComparer.Ordinal);
        var kept = KeptSuites(outputFolder, inputSlugs);
        var all = fromInput.Concat(kept).ToArray();

        var suites = SuiteBuilder.Build(all.Select(e => e.Export).ToArray(), secondRun);
        var findings = specs is null ? [] : HeadlineFindings.Measure(specs, suites, options.FindingsPath!);
        var otherRun = secondRun is null ? null : SecondRunLink(secondRun);
        var rawNames = all.ToDictionary(e => e.Export, e => e.RawName, (IEqualityComparer<BenchmarkExport>)ReferenceEqualityComparer.Instance);

        var parent = Path.GetDirectoryName(outputFolder) ?? throw new ReportInputException($"{output}: cannot write the report to a root folder");
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException($"{output}: cannot create the output folder's parent ({e.Message})", e);
        }
        var staging = Path.Combine(parent, $".{Path.GetFileName(outputFolder)}.perflab-new-{Guid.NewGuid():N}");
        try
        {
            var pages = WriteReport(staging, suites, rawNames, findings, otherRun);
            if (secondRun is not null) CopySecondRun(staging, secondRun);
            Publish(staging, outputFolder);
            if (readme is not null)
            {
                var prefix = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(readme.Path))!, outputFolder).Replace('\\', '/') + "/";
                readme.Write(FindingsTable.Render(findings, prefix, hasOtherRun: secondRun is not null));
            }
            return new GeneratedReport(outputFolder, pages, FindingsTable.Contradicted(findings).ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException($"{output}: cannot write the report ({e.Message})", e);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Exports of suites already published in the output whose suite is not in the input (see the class remarks).</summary>
    private static IEnumerable<(BenchmarkExport Export, string RawName)> KeptSuites(string outputFolder, IReadOnlySet<string> inputSlugs)
    {
        var raw = Path.Combine(outputFolder, RawFolder);
        if (!Directory.Exists(raw)) return [];
        return Directory.GetDirectories(raw)
            .Where(folder => !inputSlugs.Contains(Path.GetFileName(folder)))
            .Order(StringComparer.Ordinal)
            .SelectMany(folder => ExportLoader.FindExports(folder).Select(file => (ExportLoader.LoadFile(file), Path.GetRelativePath(folder, file))))
            .ToArray();
    }

    /// <summary>
    /// The second run's comparison is published with the report, under noise/ (run-to-run.json, and run-to-run.md when
    /// compare wrote one beside it): the pages link it, and a later report without a second run removes it with the
    /// pages it described.
    /// </summary>
    private static void CopySecondRun(string folder, RunToRun secondRun)
    {
        WriteBytes(folder, $"{NoiseFolder}/{SecondRunFile}.json", secondRun.Json);
        if (secondRun.Markdown is { } markdown) WriteBytes(folder, $"{NoiseFolder}/{SecondRunFile}.md", markdown);
    }

    /// <summary>How the pages link the published comparison: its markdown when there is one, else its JSON.</summary>
    private static string SecondRunLink(RunToRun secondRun)
    {
        var page = $"{NoiseFolder}/{SecondRunFile}{(secondRun.Markdown is null ? ".json" : ".md")}";
        return $"[{page}]({page})";
    }

    private static IReadOnlyList<string> WriteReport(
        string folder, IReadOnlyList<SuiteReport> suites, IReadOnlyDictionary<BenchmarkExport, string> rawNames, IReadOnlyList<MeasuredFinding> findings, string? otherRun)
    {
        Directory.CreateDirectory(folder);
        var pages = new List<string>();
        foreach (var suite in suites)
        {
            var scaling = new HashSet<string>(StringComparer.Ordinal);
            foreach (var comparison in suite.Comparisons.Where(c => c.Rows.Any()))
            {
                WriteBytes(folder, SuitePage.BarChartPath(suite, comparison), ChartRenderer.BarChart(suite.Name, comparison));
                if (ChartRenderer.ScalingChart(suite.Name, comparison) is { } png)
                {
                    WriteBytes(folder, SuitePage.ScalingChartPath(suite, comparison), png);
                    scaling.Add(comparison.Slug);
                }
            }

            foreach (var export in suite.Exports)
            {
                WriteBytes(folder, SuitePage.RawFolder(suite) + UniqueRawName(suite, export, rawNames), File.ReadAllBytes(export.SourcePath));
            }

            var page = $"{suite.Slug}.md";
            WriteText(folder, page, SuitePage.Render(suite, c => scaling.Contains(c.Slug), otherRun));
            pages.Add(page);
        }
        WriteText(folder, IndexFile, IndexPage.Render(suites, findings, otherRun));
        return pages;
    }

    /// <summary>The export's name under raw/&lt;suite&gt;/; exports of one suite with the same file name (from different input folders) are numbered.</summary>
    private static string UniqueRawName(SuiteReport suite, BenchmarkExport export, IReadOnlyDictionary<BenchmarkExport, string> rawNames)
    {
        var name = rawNames[export].Replace('\\', '/');
        var same = suite.Exports.Where(e => rawNames[e].Replace('\\', '/') == name).ToArray();
        if (same.Length == 1) return name;
        var index = Array.FindIndex(same, e => ReferenceEquals(e, export)) + 1;
        return $"{index}-{name}";
    }

    private static void WriteText(string folder, string relativePath, string text) => WriteBytes(folder, relativePath, Utf8NoBom.GetBytes(text));

    private static void WriteBytes(string folder, string relativePath, byte[] bytes)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>
    /// Moves the finished report into place. A new output folder is one rename. An existing one keeps its other files:
    /// the report's own entries are first moved aside (same file system: renames), then the new ones moved in; if a
    /// move fails, the old entries are moved back.
    /// </summary>
    private static void Publish(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var newEntries = Directory.EnumerateFileSystemEntries(staging).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        var owned = OwnedEntries(output).Union(newEntries, StringComparer.Ordinal).Where(e => Path.Exists(Path.Combine(output, e))).ToArray();
        var aside = staging + "-old";
        Directory.CreateDirectory(aside);
        var movedAside = new List<string>();
        var movedIn = new List<string>();
        try
        {
            foreach (var entry in owned)
            {
                Move(Path.Combine(output, entry), Path.Combine(aside, entry));
                movedAside.Add(entry);
            }
            foreach (var entry in newEntries)
            {
                Move(Path.Combine(staging, entry), Path.Combine(output, entry));
                movedIn.Add(entry);
            }
        }
        catch
        {
            foreach (var entry in movedIn) Move(Path.Combine(output, entry), Path.Combine(staging, entry));
            foreach (var entry in movedAside) Move(Path.Combine(aside, entry), Path.Combine(output, entry));
            Directory.Delete(aside, recursive: true);
            throw;
        }
        Directory.Delete(aside, recursive: true);
    }

    /// <summary>The report's entries in an existing output folder: the index, charts/, raw/, noise/ and the page of every suite in raw/.</summary>
    private static IEnumerable<string> OwnedEntries(string output)
    {
        var raw = Path.Combine(output, RawFolder);
        var suitePages = Directory.Exists(raw) ? Directory.GetDirectories(raw).Select(d => Path.GetFileName(d) + ".md") : [];
        return new[] { IndexFile, ChartsFolder, RawFolder, NoiseFolder }.Concat(suitePages);
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }
}
