using System.Text.Json;
using PerfLab.Reporting.Compare;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Reports;

/// <summary>
/// A second run of the same build, read from a saved comparison (<c>compare --json</c>, schema perflab-compare/1) in
/// which the reported run is one side: it tells how far each benchmark moved between the two runs. The reported run is
/// recognised by its launch medians (the values compare wrote), so a comparison of other runs is refused, not
/// silently applied.
/// </summary>
public sealed class RunToRun
{
    private const string Schema = "perflab-compare/1";
    private const double SameValueTolerance = 1e-12;

    private readonly IReadOnlyDictionary<string, (double[] Base, double[] Diff)> _launches;
    private int _matched;

    private RunToRun(string path, IReadOnlyDictionary<string, (double[] Base, double[] Diff)> launches)
    {
        SourcePath = path;
        _launches = launches;
    }

    /// <summary>The comparison file, as given.</summary>
    public string SourcePath { get; }

    /// <summary>Throws <see cref="ReportInputException"/> (one line) for a missing file, malformed JSON or another schema.</summary>
    public static RunToRun Load(string path)
    {
        if (!File.Exists(path)) throw new ReportInputException($"{path}: no such comparison file (expected the JSON of `compare --json`)");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.GetString() != Schema)
                throw new ReportInputException($"{path}: not a comparison written by `compare --json` (expected schema {Schema})");

            var launches = new Dictionary<string, (double[], double[])>(StringComparer.Ordinal);
            foreach (var benchmark in root.GetProperty("benchmarks").EnumerateArray())
            {
                if (benchmark.GetProperty("baseLaunches").ValueKind != JsonValueKind.Array) continue; // not compared (failed on a side)
                launches[benchmark.GetProperty("fullName").GetString()!] = (Values(benchmark, "baseLaunches"), Values(benchmark, "diffLaunches"));
            }
            return new RunToRun(path, launches);
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
        if (!_launches.TryGetValue(benchmark.FullName, out var sides)) return null;
        var these = LaunchValues.Of(benchmark).Select(l => l.Median).ToArray();
        double[] other;
        if (Same(these, sides.Base)) other = sides.Diff;
        else if (Same(these, sides.Diff)) other = sides.Base;
        else
            throw new ReportInputException(
                $"{SourcePath}: compares other runs than the one reported ({benchmark.FullName} matches neither side); run compare against this run");
        _matched++;
        return Median(other) / Median(these) - 1;
    }

    /// <summary>Throws when no reported benchmark was in the comparison: it is of another suite or another lab.</summary>
    public void EnsureUsed()
    {
        if (_matched == 0) throw new ReportInputException($"{SourcePath}: none of the reported benchmarks is in this comparison");
    }

    private static bool Same(IReadOnlyList<double> these, IReadOnlyList<double> those) =>
        these.Count == those.Count && these.Zip(those).All(p => Math.Abs(p.First - p.Second) <= SameValueTolerance * Math.Abs(p.Second));

    private static double Median(IReadOnlyList<double> values) => Quantiles.Of(values.Order().ToArray(), 0.5);

    private static double[] Values(JsonElement benchmark, string name) =>
        benchmark.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();
}
