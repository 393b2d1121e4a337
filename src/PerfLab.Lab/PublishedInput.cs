using PerfLab.Results.Exports;

namespace PerfLab.Lab;

/// <summary>
/// What a run publishes into results/: the report is a pure function of its input and drops pages of suites it is not
/// given, so a run of some suites is reported together with the published raw exports of the others. The input is a
/// temporary folder holding the exports only: results/raw/&lt;suite&gt; for every suite not run now, and this run's
/// exports for the suites that were. A run limited to one database engine (<c>--engine</c>) or one part of the suite
/// (<c>--part</c>) replaces the published runs that measured any of its comparisons on any of its engines: the
/// suite's published exports of its other engines and parts stay beside it.
/// </summary>
public sealed class PublishedInput : IDisposable
{
    private PublishedInput(string folder) => Folder = folder;

    public string Folder { get; }

    /// <param name="reproduced">
    /// With <c>--reproduce</c>: the runs that stay beside this one (<see cref="PublishedRun.KeptBeside"/>: the published
    /// runs it repeats and their reproducibility runs from other boots); any other published run of the engines measured,
    /// a reproducibility run of this boot, is replaced.
    /// </param>
    public static PublishedInput Stage(string publishedRaw, string artifacts, IReadOnlyCollection<Suite> suitesRun, IReadOnlyCollection<string>? reproduced = null)
    {
        var folder = Directory.CreateTempSubdirectory("perflab-publish-").FullName;
        var ran = suitesRun.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(publishedRaw))
        {
            foreach (var kept in Directory.EnumerateDirectories(publishedRaw).Where(d => !ran.Contains(Path.GetFileName(d))))
                CopyExports(kept, Path.Combine(folder, Path.GetFileName(kept)));
        }
        foreach (var suite in suitesRun)
        {
            var source = Path.Combine(artifacts, suite.Name);
            if (!Directory.Exists(source)) continue;
            var measured = Comparisons(ExportLoader.FindExports(source).Select(ExportLoader.LoadFile));
            var published = Path.Combine(publishedRaw, suite.Name);
            if (Directory.Exists(published))
                CopyExports(published, Path.Combine(folder, suite.Name),
                    keep: path => ExportLoader.LoadFile(path) is var export
                                  && (!Comparisons([export]).Overlaps(measured) || (reproduced?.Contains(export.RunId) ?? false)));
            CopyExports(source, Path.Combine(folder, suite.Name));
        }
        return new PublishedInput(folder);
    }

    /// <summary>
    /// The comparisons the exports' cases measure, each on its engine (<see cref="EngineNames.Of"/>): a case's
    /// categories, or its type where it has none.
    /// </summary>
    private static HashSet<(string Engine, string Comparison)> Comparisons(IEnumerable<BenchmarkExport> exports) =>
        exports.SelectMany(e => e.Benchmarks)
            .SelectMany(b => (b.Categories is { Count: > 0 } categories ? categories : [b.Type]).Select(c => (EngineNames.Of(b), c)))
            .ToHashSet();

    private static void CopyExports(string from, string to, Func<string, bool>? keep = null)
    {
        foreach (var export in ExportLoader.FindExports(from).Where(e => keep is null || keep(e)))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, export));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(export, target);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
