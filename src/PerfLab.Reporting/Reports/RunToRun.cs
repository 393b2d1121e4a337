using System.Text.Json;
using PerfLab.Reporting.Compare;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Reports;

/// <summary>
/// A second run of the same build, read from a saved comparison (<c>compare --json</c>, schema perflab-compare/1) in
/// which the reported run is one side: it tells how far each benchmark moved between the two runs. The reported run is
/// recognised by its launch medians (the values compare wrote), so a comparison of other runs is refused, not
/// silently applied. The moves are compare's own medians, so the pages and the published comparison agree.
/// </summary>
public sealed class RunToRun
{
    private const string Schema = "perflab-compare/1";
    private const double SameValueTolerance = 1e-12;

    private readonly IReadOnlyDictionary<string, Sides> _benchmarks;
    private int _matched;

    private RunToRun(string path, byte[] json, byte[]? markdown, IReadOnlyDictionary<string, Sides> benchmarks)
    {
        SourcePath = path;
        Json = json;
        Markdown = markdown;
        _benchmarks = benchmarks;
    }

    /// <summary>One compared benchmark: each side's launch medians and their median, as compare wrote them.</summary>
    private sealed record Sides(double[] BaseLaunches, double[] DiffLaunches, double BaseMedian, double DiffMedian);

    /// <summary>The comparison file, as given.</summary>
    public string SourcePath { get; }

    /// <summary>The comparison's bytes, read once: the report publishes them as they are.</summary>
    public byte[] Json { get; }

    /// <summary>The markdown compare wrote beside the JSON (same name, .md), when there is one.</summary>
    public byte[]? Markdown { get; }

    /// <summary>Throws <see cref="ReportInputException"/> (one line) for a missing file, malformed JSON or another schema.</summary>
    public static RunToRun Load(string path)
    {
        if (!File.Exists(path)) throw new ReportInputException($"{path}: no such comparison file (expected the JSON of `compare --json`)");
        try
        {
            var json = File.ReadAllBytes(path);
            var markdownPath = Path.ChangeExtension(path, ".md");
            var markdown = File.Exists(markdownPath) ? File.ReadAllBytes(markdownPath) : null;
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.GetString() != Schema)
                throw new ReportInputException($"{path}: not a comparison written by `compare --json` (expected schema {Schema})");

            var benchmarks = new Dictionary<string, Sides>(StringComparer.Ordinal);
            foreach (var benchmark in root.GetProperty("benchmarks").EnumerateArray())
            {
                if (benchmark.GetProperty("baseLaunches").ValueKind != JsonValueKind.Array) continue; // not compared (failed on a side)
                benchmarks[benchmark.GetProperty("fullName").GetString()!] = new Sides(
                    Values(benchmark, "baseLaunches"),
                    Values(benchmark, "diffLaunches"),
                    benchmark.GetProperty("baseMedian").GetDouble(),
                    benchmark.GetProperty("diffMedian").GetDouble());
            }
            return new RunToRun(path, json, markdown, benchmarks);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ReportInputException($"{path}: malformed comparison JSON ({e.Message})", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException($"{path}: cannot read the comparison ({e.Message})", e);
        }
    }

    /// <summary>
    /// The other run's median of launch medians over this benchmark's, minus 1; null when the comparison does not
    /// have this benchmark. Throws when it has it but neither side is this run.
    /// </summary>
    public double? Movement(BenchmarkResult benchmark)
    {
        if (!_benchmarks.TryGetValue(benchmark.FullName, out var sides)) return null;
        var these = LaunchValues.Of(benchmark).Select(l => l.Median).ToArray();
        double movement;
        if (Same(these, sides.BaseLaunches)) movement = sides.DiffMedian / sides.BaseMedian - 1;
        else if (Same(these, sides.DiffLaunches)) movement = sides.BaseMedian / sides.DiffMedian - 1;
        else
            throw new ReportInputException(
                $"{SourcePath}: compares other runs than the one reported ({benchmark.FullName} matches neither side); run compare against this run");
        _matched++;
        return movement;
    }

    /// <summary>Throws when no reported benchmark was in the comparison: it is of another suite or another lab.</summary>
    public void EnsureUsed()
    {
        if (_matched == 0) throw new ReportInputException($"{SourcePath}: none of the reported benchmarks is in this comparison");
    }

    private static bool Same(IReadOnlyList<double> these, IReadOnlyList<double> those) =>
        these.Count == those.Count && these.Zip(those).All(p => Math.Abs(p.First - p.Second) <= SameValueTolerance * Math.Abs(p.Second));

    private static double[] Values(JsonElement benchmark, string name) =>
        benchmark.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();
}
