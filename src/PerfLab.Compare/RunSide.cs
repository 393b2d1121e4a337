using System.Security.Cryptography;

namespace PerfLab.Compare;

/// <summary>
/// One side of a comparison (base or diff): every export found under one path, which may be several repeated runs
/// of the same benchmarks. Each benchmark's process launches from all of them are pooled.
/// </summary>
public sealed record RunSide(string Path, IReadOnlyList<BenchmarkExport> Exports, IReadOnlyList<SideBenchmark> Benchmarks)
{
    /// <summary>The distinct machines and runtimes the side's exports came from.</summary>
    public IReadOnlyList<MachineSignature> Machines =>
        Exports.Select(e => MachineSignature.Of(e.Environment)).Distinct().ToArray();

    /// <summary>
    /// Loads the exports under <paramref name="path"/> (file or folder, recursively) with the report's loader and rules.
    /// Byte-identical files count once: a copy of an export (such as a report's raw/ folder beside the runs) holds
    /// the same launches, and counting them twice would fake replication.
    /// </summary>
    public static RunSide Load(string path)
    {
        var exports = ExportLoader.Load(path)
            .DistinctBy(Hash)
            .ToArray();
        return FromExports(path, exports);
    }

    /// <summary>Both sides hold the same export files (by content): comparing them proves nothing.</summary>
    public static bool SameExports(RunSide a, RunSide b) =>
        a.Exports.Select(Hash).Order(StringComparer.Ordinal).SequenceEqual(b.Exports.Select(Hash).Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Hash(BenchmarkExport export) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(export.SourcePath)));

    public static RunSide FromExports(string path, IReadOnlyList<BenchmarkExport> exports)
    {
        var measured = exports
            .SelectMany(e => e.Benchmarks.Where(b => !b.Failed).Select(b => (Export: e, Benchmark: b)))
            .ToArray();
        if (measured.Length == 0) throw new BadInputException($"{path}: no benchmark in these exports produced a measurement");
        foreach (var (export, benchmark) in measured)
        {
            if (benchmark.Launches.Count == 0)
                throw new BadInputException(
                    $"{export.SourcePath}: {benchmark.FullName} has no workload measurements (the export must include them, as the full JSON exporter does)");
        }

        var failed = exports
            .SelectMany(e => e.Benchmarks.Where(b => b.Failed).Select(b => b.FullName))
            .Except(measured.Select(m => m.Benchmark.FullName), StringComparer.Ordinal)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

        var benchmarks = measured
            .GroupBy(m => m.Benchmark.FullName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => SideBenchmark.From(g.Key, g.Select(m => (m.Export, m.Benchmark)).ToArray()))
            .Concat(failed.Select(SideBenchmark.FailedEverywhere))
            .ToArray();
        return new RunSide(path, exports, benchmarks);
    }
}
