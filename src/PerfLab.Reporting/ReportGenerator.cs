using System.Text;
using PerfLab.Reporting.Charts;
using PerfLab.Reporting.Publishing;

namespace PerfLab.Reporting;

/// <summary>
/// The report: a pure function of its input. Loads the exports, builds the suites (runs, rounds, pooled ratios,
/// reproducibility), renders every file in memory, then publishes them with <see cref="OutputFolder"/>:
/// <list type="bullet">
/// <item><c>&lt;suite&gt;.md</c> per suite, <c>charts/&lt;suite&gt;/*.png</c>, <c>raw/&lt;suite&gt;/&lt;run&gt;/...</c> (the exports the page
/// was made from), <c>README.md</c> (the index), with two runs of a suite <c>noise/run-to-run.md</c>/<c>.json</c>, and the
/// manifest <see cref="OutputFolder.Manifest"/>.</item>
/// <item>Nothing is read back from the output: pages of suites no longer in the input disappear with their files; files
/// the report did not write are never touched.</item>
/// <item>Only runs of the results profile may be published into a results folder (one whose manifest says so) or a README.</item>
/// <item>Deterministic: the same input gives byte-identical files (no clock, invariant culture, stable order, '\n' line ends,
/// a bundled chart font).</item>
/// </list>
/// </summary>
public static class ReportGenerator
{
    private const string IndexFile = "README.md";
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static GeneratedReport Generate(string input, string output, ReportOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= new ReportOptions();
        var outputFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (File.Exists(outputFolder)) throw new BadInputException($"{output}: the output path is a file, not a folder");
        // An output in the input (or the input itself) would be read back as input: its raw/ copies land one level
        // deeper on every report. The other way round is the re-render from the output's own raw/ (CI), which is exact.
        var inputPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
        if (Within(outputFolder, inputPath))
            throw new BadInputException($"--input {input} and --output {output} overlap: the output folder would be read as input; give one outside the input (a report's own raw/ is a valid input)");
        if (options.ReadmePath is not null && options.FindingsPath is null) throw new BadInputException("--readme needs --findings: the block is the findings table");

        // Every input is read and checked before anything is written.
        var document = options.FindingsPath is { } findingsPath ? HeadlineFindings.LoadDocument(findingsPath) : null;
        var specs = document?.Findings;
        var readme = options.ReadmePath is { } readmePath ? ReadmeBlock.Read(readmePath) : null;
        // The optional run-times block is checked now too, so a malformed one stops the report before anything is written.
        if (readme is not null) ReadmeBlock.Find(readme.Path, File.ReadAllText(readme.Path), ReadmeBlock.RunTimes);
        var exports = ExportLoader.Load(input);
        var suites = SuiteBuilder.Build(exports);
        var findings = specs is null ? [] : HeadlineFindings.Measure(specs, suites, options.FindingsPath!);
        var sources = SourceLinks.Of(options.SourceRoot);
        var sections = SuiteSections.Create(options.Sections ?? SuiteSections.Registered, new SectionInputs(document, options.FindingsPath, suites));
        var engineNotes = document is null ? null : EngineTable.Resolve(document.Engines, suites, options.FindingsPath!);
        cancellation.ThrowIfCancellationRequested();

        var profiles = exports.Select(e => e.Lab?.Profile ?? "stock").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var isResults = profiles is [LabNames.Profiles.Results];
        if (readme is not null && !isResults)
            throw new BadInputException($"{readme.Path}: only a run of the '{LabNames.Profiles.Results}' profile can be published into the README's findings (this input: {string.Join(", ", profiles)})");

        var created = !Directory.Exists(outputFolder);
        try
        {
            Directory.CreateDirectory(outputFolder);
            using var writer = OutputFolder.Lock(outputFolder);
            OutputFolder.Recover(outputFolder);
            var previous = OutputFolder.Read(outputFolder);
            if (previous.IsResults && !isResults)
            {
                throw new BadInputException(
                    $"{output}: holds published results ({previous.Evidence}); this input is profile {string.Join(", ", profiles)}, which may not replace them: only a '{LabNames.Profiles.Results}' run may");
            }

            var files = Render(suites, findings, sections, engineNotes, sources, input, cancellation);
            files[OutputFolder.Manifest] = OutputFolder.ManifestBytes(isResults ? LabNames.Profiles.Results : string.Join("+", profiles), files.Keys);
            (string, string)? readmeUpdate = readme is null
                ? null
                : (readme.Path, WithRunTimes(readme.Path, readme.With(FindingsTable.Render(findings, Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(readme.Path))!, outputFolder).Replace('\\', '/') + "/")), suites));
            OutputFolder.Publish(outputFolder, previous, files, readmeUpdate, cancellation, options.BeforePublishStep);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RemoveIfCreated(created, outputFolder);
            throw new BadInputException($"{output}: cannot write the report ({e.Message})", e);
        }
        catch (Exception e) when (e is not SimulatedCrash)
        {
            RemoveIfCreated(created, outputFolder);
            throw;
        }
        return new GeneratedReport(outputFolder, suites.Select(s => $"{s.Slug}.md").ToArray(), FindingsTable.Warnings(findings).ToArray());
    }

    /// <summary>The README's text with its run-times block (when it has one) written from the runs' own clocks.</summary>
    private static string WithRunTimes(string path, string text, IReadOnlyList<SuiteReport> suites) =>
        ReadmeBlock.Find(path, text, ReadmeBlock.RunTimes) is { } block ? block.With(RunTimes.Render(suites)) : text;

    /// <summary>
    /// Exports from this size on are stored gzip-compressed under raw/ (JSON shrinks about tenfold), which keeps the
    /// committed raw/ of every round of two runs small. An export that arrives compressed is copied as it is, so a
    /// re-render from raw/ never recompresses (and never depends on the machine's zlib).
    /// </summary>
    private const int CompressFrom = 256 * 1024;

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.SmallestSize)) gzip.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary>A failed or cancelled first report leaves no empty output folder behind.</summary>
    private static void RemoveIfCreated(bool created, string outputFolder)
    {
        if (created && Directory.Exists(outputFolder) && !Directory.EnumerateFileSystemEntries(outputFolder).Any()) Directory.Delete(outputFolder);
    }

    /// <summary>Every file of the report, relative path ('/') → bytes.</summary>
    private static SortedDictionary<string, byte[]> Render(IReadOnlyList<SuiteReport> suites, IReadOnlyList<MeasuredFinding> findings,
        IReadOnlyDictionary<string, IReadOnlyList<ISuiteSection>> sections, IReadOnlyDictionary<(string Suite, string Comparison), string>? engineNotes, SourceLinks sources, string input, CancellationToken cancellation)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var suite in suites)
        {
            var scaling = new HashSet<string>(StringComparer.Ordinal);
            foreach (var comparison in suite.Comparisons.Where(c => c.Rows.Any()))
            {
                cancellation.ThrowIfCancellationRequested();
                if (comparison.IsLoad)
                {
                    files[SuitePage.LatencyChartPath(suite, comparison)] = ChartRenderer.LatencyChart(suite.Name, comparison, LoadCase.Of(comparison));
                    continue;
                }
                files[SuitePage.BarChartPath(suite, comparison)] = ChartRenderer.BarChart(suite.Name, comparison);
                if (ChartRenderer.ScalingChart(suite.Name, comparison) is { } png)
                {
                    files[SuitePage.ScalingChartPath(suite, comparison)] = png;
                    scaling.Add(comparison.Slug);
                }
            }
            foreach (var (path, export) in RawPaths(suite, input))
            {
                var bytes = File.ReadAllBytes(export.SourcePath);
                if (bytes.Length >= CompressFrom && !path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) files[path + ".gz"] = Gzip(bytes);
                else files[path] = bytes;
            }
            files[$"{suite.Slug}.md"] = Utf8NoBom.GetBytes(SuitePage.Render(suite, c => scaling.Contains(c.Slug), SuiteSections.Of(sections, suite), c => engineNotes?.GetValueOrDefault((suite.Name, c.Name)), sources));
        }
        files[IndexFile] = Utf8NoBom.GetBytes(IndexPage.Render(suites, findings));
        if (suites.Any(s => s.Reproducibility is not null))
        {
            files[NoisePage.MarkdownPath] = Utf8NoBom.GetBytes(NoisePage.RenderMarkdown(suites));
            files[NoisePage.JsonPath] = Utf8NoBom.GetBytes(NoisePage.RenderJson(suites));
        }
        return files;
    }

    /// <summary>
    /// Where each export goes under raw/: <c>raw/&lt;suite&gt;/&lt;run id&gt;/</c> then its path below the input folder, less a
    /// leading suite or run-id folder (so the lab's <c>&lt;suite&gt;/&lt;run&gt;/round-01/...</c> layout, and a report of an
    /// earlier report's raw/, land where they were). Exports without a run id go straight under <c>raw/&lt;suite&gt;/</c>.
    /// Two exports that would share a path are numbered. Not a leftover: perflab run's report input (its artifacts, or
    /// <c>PublishedInput</c>'s staging of results/raw beside them) and the re-render from results/raw (.ci/run, the
    /// README) both rely on it to keep the committed raw/ paths.
    /// </summary>
    private static IEnumerable<(string Path, BenchmarkExport Export)> RawPaths(SuiteReport suite, string input)
    {
        var root = File.Exists(input) ? Path.GetDirectoryName(Path.GetFullPath(input))! : Path.GetFullPath(input);
        var paths = suite.Exports.Select(export =>
        {
            var parts = Path.GetRelativePath(root, export.SourcePath).Replace('\\', '/').Split('/').ToList();
            while (parts.Count > 1 && (Formatting.Slug(parts[0]) == suite.Slug || Formatting.Slug(parts[0]) == Formatting.Slug(export.RunId))) parts.RemoveAt(0);
            var run = export.RunId.Length == 0 ? "" : Formatting.Slug(export.RunId) + "/";
            return (Path: $"{SuitePage.RawFolder(suite)}{run}{string.Join('/', parts)}", Export: export);
        }).ToArray();
        return paths.GroupBy(p => p.Path, StringComparer.Ordinal).SelectMany(same => same.Count() == 1
            ? same
            : same.Select((p, i) => (Path: $"{Path.GetDirectoryName(p.Path)!.Replace('\\', '/')}/{i + 1}-{Path.GetFileName(p.Path)}", p.Export)));
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both full paths).</summary>
    private static bool Within(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || folder == Path.GetPathRoot(folder);
}
