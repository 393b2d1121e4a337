using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Reports;

/// <summary>Turns loaded exports into <see cref="SuiteReport"/>s: grouping, ordering, baselines, ratios.</summary>
public static class SuiteBuilder
{
    /// <summary>
    /// Groups exports by suite (ordinal by suite slug). When a benchmark (same full name and job) appears in more than one
    /// export of a suite — repeated runs into one artifacts folder — the newest run wins (by the run date in the
    /// title, then by file path). Throws <see cref="ReportInputException"/> for an export with no measured benchmark.
    /// </summary>
    /// <param name="runToRun">A comparison with a second run: each row's move between the runs feeds its stability.</param>
    public static IReadOnlyList<SuiteReport> Build(IReadOnlyList<BenchmarkExport> exports, RunToRun? runToRun = null)
    {
        foreach (var export in exports)
        {
            if (export.Benchmarks.Count == 0)
                throw new ReportInputException($"{export.SourcePath}: the export contains no benchmarks");
            if (export.Benchmarks.All(b => b.Failed))
            {
                var names = string.Join(", ", export.Benchmarks.Select(b => b.FullName).Take(3)) + (export.Benchmarks.Count > 3 ? ", ..." : "");
                throw new ReportInputException($"{export.SourcePath}: every benchmark failed, nothing was measured ({names})");
            }
        }

        var suites = exports
            .GroupBy(e => Formatting.Slug(e.Suite), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => BuildSuite(g.Key, g.ToArray(), runToRun))
            .ToArray();
        runToRun?.EnsureUsed();
        return suites;
    }

    private static SuiteReport BuildSuite(string slug, IReadOnlyList<BenchmarkExport> exports, RunToRun? runToRun)
    {
        var suiteNames = exports.Select(e => e.Suite).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        // Newest first: the first occurrence of a benchmark is the one kept.
        var newestFirst = exports
            .OrderByDescending(e => e.RunDate ?? DateTime.MinValue)
            .ThenByDescending(e => e.SourcePath, StringComparer.Ordinal)
            .ToArray();
        var kept = new List<BenchmarkResult>();
        var superseded = new List<BenchmarkResult>();
        var used = new HashSet<BenchmarkExport>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<(string, string)>();
        foreach (var export in newestFirst)
        {
            foreach (var benchmark in export.Benchmarks)
            {
                if (!seen.Add((benchmark.FullName, benchmark.Job)))
                {
                    superseded.Add(benchmark);
                    continue;
                }
                kept.Add(benchmark);
                used.Add(export);
            }
        }

        var usedExports = exports.Where(used.Contains).ToArray();
        var hasCategories = kept.Any(b => b.Categories is { Count: > 0 });
        var comparisons = kept
            .GroupBy(b => ComparisonName(b, hasCategories), StringComparer.Ordinal)
            .Select(g => BuildComparison(g.Key, hasCategories, g.ToArray(), runToRun))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();

        return new SuiteReport(suiteNames[0], slug, usedExports, UniqueSlugs(comparisons), superseded.OrderBy(b => b.FullName, StringComparer.Ordinal).ToArray());
    }

    /// <summary>A benchmark's comparison: its categories (joined, as BenchmarkDotNet's ByCategory rule does), else its type.</summary>
    private static string ComparisonName(BenchmarkResult benchmark, bool hasCategories) =>
        hasCategories && benchmark.Categories is { Count: > 0 } categories ? string.Join(", ", categories) : benchmark.Type;

    private static Comparison BuildComparison(string name, bool isCategory, IReadOnlyList<BenchmarkResult> members, RunToRun? runToRun)
    {
        var groups = members
            .Where(b => !b.Failed)
            .GroupBy(b => b.ParametersText, StringComparer.Ordinal)
            .Select(g => BuildGroup(g.ToArray(), runToRun))
            .Order(ParameterOrder.Instance)
            .ToArray();
        var failed = members
            .Where(b => b.Failed)
            .Select(b => new Row(b, b.Baseline == true, null, null, Stability.NotAssessed))
            .OrderBy(r => r.Benchmark.FullName, StringComparer.Ordinal)
            .ToArray();
        return new Comparison(name, Formatting.Slug(name), isCategory, groups, failed);
    }

    private static CaseGroup BuildGroup(IReadOnlyList<BenchmarkResult> members, RunToRun? runToRun)
    {
        // Exactly one lab-marked baseline makes a baseline; none (stock export) or an ambiguous several make none.
        var baselines = members.Where(b => b.Baseline == true).ToArray();
        var baseline = baselines.Length == 1 ? baselines[0] : null;

        var rows = members
            .Select(b => ToRow(b, baseline, Stability.Of(b.Statistics!, runToRun?.Movement(b))))
            .OrderBy(r => r.Statistics.Median)
            .ThenBy(r => r.Benchmark.FullName, StringComparer.Ordinal)
            .ToArray();
        return new CaseGroup(members[0].Parameters, rows, rows.FirstOrDefault(r => r.IsBaseline));
    }

    private static Row ToRow(BenchmarkResult benchmark, BenchmarkResult? baseline, Stability stability)
    {
        if (baseline is null) return new Row(benchmark, false, null, null, stability);

        var ratio = RatioEstimate.Between(benchmark.Statistics!.OriginalValues, baseline.Statistics!.OriginalValues);
        var allocated = benchmark.Memory?.BytesAllocatedPerOperation;
        var baselineAllocated = baseline.Memory?.BytesAllocatedPerOperation;
        double? allocationRatio = allocated is { } a && baselineAllocated is { } b && b > 0 ? (double)a / b : null;
        return new Row(benchmark, ReferenceEquals(benchmark, baseline), ratio, allocationRatio, stability);
    }

    /// <summary>Two comparison names could slug alike ("A B" and "A-B"): number the later ones so chart files never collide.</summary>
    private static IReadOnlyList<Comparison> UniqueSlugs(IReadOnlyList<Comparison> comparisons)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return comparisons.Select(c =>
        {
            var slug = c.Slug;
            for (var i = 2; !used.Add(slug); i++) slug = $"{c.Slug}-{i}";
            return c with { Slug = slug };
        }).ToArray();
    }

    /// <summary>Orders parameter groups by value, parameter by parameter: numerically when both are numbers, else ordinally.</summary>
    private sealed class ParameterOrder : IComparer<CaseGroup>
    {
        public static readonly ParameterOrder Instance = new();

        public int Compare(CaseGroup? x, CaseGroup? y)
        {
            var left = x!.Parameters;
            var right = y!.Parameters;
            for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
            {
                var order = left[i].NumericValue is { } a && right[i].NumericValue is { } b
                    ? a.CompareTo(b)
                    : string.CompareOrdinal(left[i].Value, right[i].Value);
                if (order != 0) return order;
            }
            return left.Count.CompareTo(right.Count);
        }
    }
}
