using System.Text.RegularExpressions;
using PerfLab.Results.Estimation;

namespace PerfLab.Compare;

/// <summary>Matches two <see cref="RunSide"/>s by full name (parameters included) and compares every common benchmark.</summary>
public static class RunComparer
{
    public static CompareResult Compare(RunSide baseSide, RunSide diffSide, ComparePolicy policy, IReadOnlyList<string> filters)
    {
        var filter = NameFilter(filters);
        var baseByName = baseSide.Benchmarks.Where(b => filter(b.FullName)).ToDictionary(b => b.FullName, StringComparer.Ordinal);
        var diffByName = diffSide.Benchmarks.Where(b => filter(b.FullName)).ToDictionary(b => b.FullName, StringComparer.Ordinal);

        var differences = EnvironmentDifferences(baseSide.Machines, diffSide.Machines);
        var normalized = differences.Count > 0;
        var baseValues = normalized ? NormalizedLaunches(baseSide, baseByName.Values) : AbsoluteLaunches(baseByName.Values);
        var diffValues = normalized ? NormalizedLaunches(diffSide, diffByName.Values) : AbsoluteLaunches(diffByName.Values);

        var common = baseByName.Keys.Intersect(diffByName.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var failed = common.Where(n => baseByName[n].Failed || diffByName[n].Failed).ToArray();
        var compared = common.Except(failed, StringComparer.Ordinal).Select(name =>
        {
            var (b, d) = (baseByName[name], diffByName[name]);
            var allocation = AllocationChange.Of(b.AllocatedBytes, d.AllocatedBytes);
            var (baseLaunches, baseReason) = baseValues[name];
            var (diffLaunches, diffReason) = diffValues[name];
            var reason = baseReason ?? diffReason;
            var measure = b.Measure ?? d.Measure;
            return reason is not null
                ? new BenchmarkVerdict(name, d.Group, null, reason, allocation, measure)
                : b.Measure != d.Measure
                    ? new BenchmarkVerdict(name, d.Group, null, $"base measured {b.Measure ?? "time per operation"}, diff {d.Measure ?? "time per operation"}", allocation, measure)
                    : new BenchmarkVerdict(name, d.Group, ShiftAnalysis.Analyze(baseLaunches!, diffLaunches!, policy, normalized ? null : policy.NoiseFloorNanoseconds), null, allocation, measure);
        }).ToArray();

        return new CompareResult(
            policy,
            baseSide.Path,
            diffSide.Path,
            baseSide.Machines,
            diffSide.Machines,
            normalized,
            differences,
            compared,
            Added: diffByName.Keys.Except(baseByName.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Removed: baseByName.Keys.Except(diffByName.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Failed: failed);
    }

    /// <summary>BenchmarkDotNet-style globs (<c>*</c>, <c>?</c>, case-insensitive) on the full name; no globs means everything.</summary>
    public static Func<string, bool> NameFilter(IReadOnlyList<string> globs)
    {
        if (globs.Count == 0) return _ => true;
        var patterns = globs
            .Select(g => new Regex("^" + Regex.Escape(g).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToArray();
        return name => patterns.Any(p => p.IsMatch(name));
    }

    /// <summary>One line per field in which the two sides' machines differ; empty when absolute times are comparable.</summary>
    public static IReadOnlyList<string> EnvironmentDifferences(IReadOnlyList<MachineSignature> baseMachines, IReadOnlyList<MachineSignature> diffMachines)
    {
        static string Values(IEnumerable<string> values) => string.Join(" / ", values.Distinct(StringComparer.Ordinal));

        (string Field, Func<MachineSignature, string> Get)[] fields =
            [("CPU", m => m.Processor), ("OS", m => m.Os), ("Runtime", m => m.Runtime), ("Architecture", m => m.Architecture)];
        return fields
            .Select(f => (f.Field, Base: Values(baseMachines.Select(f.Get)), Diff: Values(diffMachines.Select(f.Get))))
            .Where(f => f.Base != f.Diff || f.Base.Contains(" / ", StringComparison.Ordinal))
            .Select(f => $"{f.Field}: base {f.Base}; diff {f.Diff}")
            .ToArray();
    }

    private static Dictionary<string, (double[]? Values, string? NotCompared)> AbsoluteLaunches(IEnumerable<SideBenchmark> benchmarks) =>
        benchmarks.ToDictionary(b => b.FullName, b => ((double[]?)b.Launches.Select(l => l.Nanoseconds).ToArray(), (string?)null), StringComparer.Ordinal);

    /// <summary>
    /// Each launch divided by the median launch of its category baseline in the same export: what stays comparable
    /// across machines is how a technique relates to its baseline, not its absolute time.
    /// </summary>
    private static Dictionary<string, (double[]? Values, string? NotCompared)> NormalizedLaunches(RunSide side, IEnumerable<SideBenchmark> benchmarks)
    {
        var baselines = side.Benchmarks.Where(b => b.IsBaseline && !b.Failed && b.Measure is null).ToArray();
        return benchmarks.ToDictionary(b => b.FullName, b =>
        {
            // A latency is the machine's as much as a time, and a load case has no baseline to divide it by.
            if (b.Measure is not null) return (null, $"its {b.Measure} is not comparable between different machines");
            if (b.IsBaseline) return (null, "the category baseline: the reference the other benchmarks are normalized by");
            var baseline = baselines.FirstOrDefault(x => x.Group == b.Group && SameParameters(x.FullName, b.FullName))
                           ?? baselines.FirstOrDefault(x => x.Group == b.Group);
            if (baseline is null) return (null, "no category baseline to normalize by (the machines differ, so absolute times are not compared)");

            var baselineMedianByExport = baseline.Launches
                .GroupBy(l => l.Export)
                .ToDictionary(g => g.Key, g => Quantiles.Median(g.Select(l => l.Nanoseconds).Order().ToArray()));
            var values = b.Launches
                .Where(l => baselineMedianByExport.ContainsKey(l.Export))
                .Select(l => l.Nanoseconds / baselineMedianByExport[l.Export])
                .ToArray();
            return values.Length == 0
                ? (null, $"its baseline {baseline.FullName} was not measured in the same exports")
                : ((double[]?)values, (string?)null);
        }, StringComparer.Ordinal);
    }

    /// <summary>The baseline of a parameterized comparison is the one measured with the same parameters.</summary>
    private static bool SameParameters(string a, string b) => ParameterPart(a) == ParameterPart(b);

    private static string ParameterPart(string fullName)
    {
        var open = fullName.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? "" : fullName[open..];
    }
}
