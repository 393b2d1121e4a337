using System.Text;
using PerfLab.Reporting.Charts;
using PerfLab.Reporting.Exports;
using PerfLab.Reporting.Reports;

namespace PerfLab.Reporting;

/// <summary>What a report run wrote.</summary>
/// <param name="Pages">The suite pages, relative to the output folder, in suite order.</param>
public sealed record GeneratedReport(string OutputFolder, IReadOnlyList<string> Pages);

/// <summary>
/// Writes the report into an output folder:
/// <list type="bullet">
/// <item><c>&lt;suite&gt;.md</c> per suite, <c>charts/&lt;suite&gt;/*.png</c>, <c>raw/&lt;suite&gt;/</c> (the exports the page was made
/// from) and <c>README.md</c> (the index).</item>
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
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static GeneratedReport Generate(string input, string output)
    {
        var outputFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (File.Exists(outputFolder)) throw new ReportInputException($"{output}: the output path is a file, not a folder");

        var fromInput = ExportLoader.Load(input).Select(e => (Export: e, RawName: Path.GetFileName(e.SourcePath))).ToList();
        var inputSlugs = fromInput.Select(e => Formatting.Slug(e.Export.Suite)).ToHashSet(StringComparer.Ordinal);
        var kept = KeptSuites(outputFolder, inputSlugs);
        var all = fromInput.Concat(kept).ToArray();

        var suites = SuiteBuilder.Build(all.Select(e => e.Export).ToArray());
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
            var pages = WriteReport(staging, suites, rawNames);
            Publish(staging, outputFolder);
            return new GeneratedReport(outputFolder, pages);
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

    private static IReadOnlyList<string> WriteReport(string folder, IReadOnlyList<SuiteReport> suites, IReadOnlyDictionary<BenchmarkExport, string> rawNames)
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
            WriteText(folder, page, SuitePage.Render(suite, c => scaling.Contains(c.Slug)));
            pages.Add(page);
        }
        WriteText(folder, IndexFile, IndexPage.Render(suites));
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

    /// <summary>The report's entries in an existing output folder: the index, charts/, raw/ and the page of every suite in raw/.</summary>
    private static IEnumerable<string> OwnedEntries(string output)
    {
        var raw = Path.Combine(output, RawFolder);
        var suitePages = Directory.Exists(raw) ? Directory.GetDirectories(raw).Select(d => Path.GetFileName(d) + ".md") : [];
        return new[] { IndexFile, ChartsFolder, RawFolder }.Concat(suitePages);
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }
}
