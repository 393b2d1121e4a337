using System.Globalization;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Reports;

/// <summary>Writes a suite's markdown page: environment, then per comparison a chart, a table and findings.</summary>
public static class SuitePage
{
    /// <summary>Relative paths (from the output folder) of a comparison's charts; the page links them.</summary>
    public static string BarChartPath(SuiteReport suite, Comparison comparison) => $"charts/{suite.Slug}/{comparison.Slug}.png";

    public static string ScalingChartPath(SuiteReport suite, Comparison comparison) => $"charts/{suite.Slug}/{comparison.Slug}-scaling.png";

    public static string RawFolder(SuiteReport suite) => $"raw/{suite.Slug}/";

    /// <param name="hasScalingChart">Whether a scaling chart was rendered for a comparison.</param>
    /// <param name="otherRun">How the page names the second run's comparison; null without one.</param>
    public static string Render(SuiteReport suite, Func<Comparison, bool> hasScalingChart, string? otherRun = null)
    {
        var md = new Markdown();
        md.Line($"# {suite.Name}").Line();
        md.Line($"Results of the **{suite.Name}** suite, generated from BenchmarkDotNet's JSON exports " +
                $"(the raw files are in [{RawFolder(suite)}]({RawFolder(suite)}), so anyone can recompute). [All suites](README.md).").Line();

        var allRows = suite.Comparisons.SelectMany(c => c.Rows).ToArray();
        if (allRows.All(r => r.Statistics.N < 3))
        {
            md.Line($"> **Warning:** every case was measured fewer than 3 times (at most {allRows.Max(r => r.Statistics.N)}; a dry run): " +
                    "these numbers show that the benchmarks run, not how fast they are.").Line();
        }

        WriteEnvironment(md, suite, otherRun);
        WriteLegend(md, suite);

        md.Line("## Comparisons").Line();
        foreach (var comparison in suite.Comparisons)
        {
            var measured = comparison.Rows.Count();
            var failed = comparison.Failed.Count == 0 ? "" : $", {comparison.Failed.Count} failed";
            md.Line($"- [{comparison.Name}](#{Markdown.Anchor(comparison.Name)}) ({measured} measured{failed})");
        }
        md.Line();

        foreach (var comparison in suite.Comparisons) WriteComparison(md, suite, comparison, hasScalingChart(comparison));

        if (suite.Superseded.Count > 0)
        {
            md.Line("## Superseded results").Line();
            md.Line($"{suite.Superseded.Count} result(s) measured again by a newer export in the input were left out: " +
                    string.Join(", ", suite.Superseded.Select(b => $"`{b.FullName}`").Distinct(StringComparer.Ordinal)) + ".").Line();
        }
        return md.ToString();
    }

    private static void WriteEnvironment(Markdown md, SuiteReport suite, string? otherRun)
    {
        string Values(Func<BenchmarkExport, string?> pick) =>
            string.Join(" / ", suite.Exports.Select(pick).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) is { Length: > 0 } joined
                ? joined
                : "unknown";

        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "CPU", Values(e => Cpu(e.Environment)) },
            new[] { "OS", Values(e => e.Environment.OsVersion) },
            new[] { ".NET runtime", Values(e => Join(e.Environment.RuntimeVersion, e.Environment.Architecture)) },
            new[] { ".NET SDK", Values(e => e.Environment.DotNetSdkVersion) },
            new[] { "BenchmarkDotNet", Values(e => e.Environment.BenchmarkDotNetVersion) },
        };
        if (suite.Exports.Any(e => !string.IsNullOrEmpty(e.Lab?.SqliteVersion))) rows.Add(["SQLite", Values(e => e.Lab?.SqliteVersion)]);
        var dates = suite.Exports.Select(e => e.RunDate).OfType<DateTime>().Order().ToArray();
        rows.Add(["Run date", dates.Length == 0 ? "unknown" : DateRange(dates[0], dates[^1]) + " (local time of the run)"]);
        if (suite.Exports.Any(e => e.Lab is not null))
            rows.Add(["Profile", Values(e => e.Lab is null ? null : Join(e.Lab.Profile, e.Lab.ProfileDescription, ": "))]);
        rows.Add(["Job", Values(e => string.Join(" / ", e.Benchmarks.Select(b => b.Job).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))]);
        if (suite.Exports.Any(e => !string.IsNullOrEmpty(e.Lab?.Commit))) rows.Add(["Commit", Values(e => e.Lab?.Commit)]);
        if (suite.WallSeconds is { } wall)
            rows.Add(["Run time", $"{Formatting.Duration(wall)} (wall clock of the suite's process{(suite.BenchmarkSeconds is { } bdn ? $"; BenchmarkDotNet's clock: {Formatting.Duration(bdn)}" : "")})"]);
        else if (suite.BenchmarkSeconds is { } seconds)
            rows.Add(["Run time", $"{Formatting.Duration(seconds)} (BenchmarkDotNet's clock, summed over the exports)"]);
        if (otherRun is not null) rows.Add(["Second run", $"{otherRun} (each result's move between the runs is in its Stability cell)"]);
        if (suite.Exports.Any(e => e.Environment.HasAttachedDebugger == true)) rows.Add(["Warning", "a debugger was attached: the numbers are not representative"]);
        if (suite.Exports.Any(e => e.Environment.Configuration is { } c && !c.Equals("RELEASE", StringComparison.OrdinalIgnoreCase)))
            rows.Add(["Warning", "not a Release build: the numbers are not representative"]);

        md.Line("## Environment").Line();
        foreach (var row in rows) md.Line($"- **{row[0]}**: {row[1]}");
        md.Line();
    }

    internal static string Cpu(HostEnvironment environment)
    {
        var cores = new List<string>();
        if (environment.PhysicalProcessorCount is { } cpus) cores.Add($"{cpus} CPU");
        if (environment.LogicalCoreCount is { } logical) cores.Add($"{logical} logical");
        if (environment.PhysicalCoreCount is { } physical) cores.Add($"{physical} physical cores");
        return cores.Count == 0 ? environment.ProcessorName ?? "" : $"{environment.ProcessorName ?? "unknown CPU"} ({string.Join(", ", cores)})";
    }

    private static string DateRange(DateTime first, DateTime last)
    {
        const string format = "yyyy-MM-dd HH:mm:ss";
        return first == last
            ? first.ToString(format, CultureInfo.InvariantCulture)
            : $"{first.ToString(format, CultureInfo.InvariantCulture)} to {last.ToString(format, CultureInfo.InvariantCulture)}";
    }

    private static string? Join(string? first, string? second, string separator = ", ") =>
        string.IsNullOrEmpty(second) ? first : string.IsNullOrEmpty(first) ? second : first + separator + second;

    private static void WriteLegend(Markdown md, SuiteReport suite)
    {
        var level = suite.Exports.SelectMany(e => e.Benchmarks).Select(b => b.Statistics?.ConfidenceInterval?.LevelText).FirstOrDefault(l => l is not null) ?? "99.9%";
        md.Line("How to read the tables: times are per operation. **Median** orders the rows, fastest first, within each set of " +
                $"parameter values. **Mean ± {level} CI** is BenchmarkDotNet's mean with the half-width of its confidence interval. " +
                "**Ratio** compares each row with its comparison's baseline (same parameters): the median of the ratios of every " +
                "measured iteration to every baseline iteration, with their interquartile range in brackets; a range that spans " +
                "1.00 means the data do not separate the two. **Allocated** is managed memory allocated per operation " +
                "(exact, deterministic); **Alloc ratio** divides it by the baseline's (– when the baseline allocates nothing).").Line();
        if (suite.Comparisons.SelectMany(c => c.Rows).Any(r => r.Stability.IsAssessed))
        {
            var threshold = Stability.Percent(Stability.Threshold, signed: false);
            md.Line("**Stability** says whether a result can be taken at face value. It is **unstable** when its iterations are " +
                    $"bimodal (mvalue ≥ {Stability.BimodalMValue.ToString("0.0", CultureInfo.InvariantCulture)}, BenchmarkDotNet's cut-off), when its confidence interval " +
                    $"is wider than ±{threshold} of the mean, or when a second run of the same build moved its median by more than {threshold}. " +
                    "Compare unstable rows only when they differ by much more than their spread.").Line();
        }
    }

    private static void WriteComparison(Markdown md, SuiteReport suite, Comparison comparison, bool hasScalingChart)
    {
        md.Line($"## {comparison.Name}").Line();
        var source = comparison.IsCategory ? "category" : "benchmark type (the export carries no categories)";
        md.Line($"Comparison by {source}.{MissingBaseline(comparison)}").Line();

        if (comparison.Rows.Any())
        {
            md.Line($"![{comparison.Name}: median time per operation]({BarChartPath(suite, comparison)})").Line();
            if (hasScalingChart) md.Line($"![{comparison.Name}: scaling]({ScalingChartPath(suite, comparison)})").Line();
            WriteTable(md, comparison);
            WriteTextMetrics(md, comparison);
        }

        foreach (var failed in comparison.Failed)
        {
            var parameters = failed.Benchmark.Parameters.Count == 0 ? "" : $" [{failed.Benchmark.ParametersText}]";
            md.Line($"- **Failed:** {comparison.Technique(failed)}{parameters}{(failed.IsBaseline ? " (the baseline)" : "")}: no measurements " +
                    "(it threw or its process crashed; see the run's BenchmarkDotNet log).");
        }
        if (comparison.Failed.Count > 0) md.Line();

        md.Line("**Findings.** " + Findings.Describe(comparison)).Line();
    }

    /// <summary>Why a comparison (or some of its parameter groups) has no ratios; empty when every group has its baseline.</summary>
    private static string MissingBaseline(Comparison comparison)
    {
        var withoutBaseline = comparison.Groups.Where(g => g.Baseline is null).ToArray();
        if (withoutBaseline.Length == 0) return "";

        var reason = comparison.Rows.Concat(comparison.Failed).All(r => r.Benchmark.Baseline is null)
                ? "the export does not record baselines (stock BenchmarkDotNet exporter)"
            : comparison.Failed.Any(f => f.IsBaseline) ? "its baseline failed"
            : withoutBaseline.Any(g => g.Rows.Count(r => r.Benchmark.Baseline == true) > 1) ? "more than one benchmark is marked as the baseline"
            : "no benchmark is marked as its baseline";
        return comparison.HasBaseline
            ? $" Some parameter values have no ratios: {reason}."
            : $" **No baseline**: {reason}, so no ratios are shown.";
    }

    private static void WriteTable(Markdown md, Comparison comparison)
    {
        var parameterNames = comparison.Rows.SelectMany(r => r.Benchmark.Parameters.Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToArray();
        var numericMetrics = MetricColumns.Numeric(comparison);
        var showAllocations = comparison.Rows.Any(r => r.AllocatedBytes is not null);
        var level = comparison.Rows.Select(r => r.Statistics.ConfidenceInterval?.LevelText).FirstOrDefault(l => l is not null);

        var header = new List<string> { "Technique" };
        header.AddRange(parameterNames);
        header.Add("Median");
        header.Add(level is null ? "Mean" : $"Mean ± {level} CI");
        if (comparison.HasBaseline) header.Add("Ratio");
        if (showAllocations) header.Add("Allocated");
        if (showAllocations && comparison.HasBaseline) header.Add("Alloc ratio");
        var showStability = comparison.Rows.Any(r => r.Stability.IsAssessed);
        if (showStability) header.Add("Stability");
        header.AddRange(numericMetrics);

        var rows = comparison.Rows.Select(row =>
        {
            var cells = new List<string> { row.IsBaseline ? $"{comparison.Technique(row)} (baseline)" : comparison.Technique(row) };
            cells.AddRange(parameterNames.Select(n => row.Benchmark.Parameters.FirstOrDefault(p => p.Name == n)?.Value ?? "–"));
            cells.Add(Formatting.Time(row.Statistics.Median));
            cells.Add(Mean(row.Statistics));
            if (comparison.HasBaseline) cells.Add(RatioCell(row));
            if (showAllocations) cells.Add(row.AllocatedBytes is { } bytes ? Formatting.Bytes(bytes) : "–");
            if (showAllocations && comparison.HasBaseline) cells.Add(row.IsBaseline ? "1.00" : row.AllocationRatio is { } a ? Formatting.Ratio(a).TrimEnd('×') : "–");
            if (showStability) cells.Add(StabilityCell(row.Stability));
            cells.AddRange(numericMetrics.Select(m => MetricColumns.Format(m, row.Benchmark.Metrics?.GetValueOrDefault(m))));
            return (IReadOnlyList<string>)cells;
        });

        var rightAligned = header.Select((h, i) => i > 0 && !parameterNames.Contains(h) && h != "Stability").ToArray();
        md.Table(header, rightAligned, rows);
    }

    /// <summary>"stable", with the move to the second run when there is one, or "⚠ unstable: " and the reasons.</summary>
    private static string StabilityCell(Stability stability)
    {
        if (!stability.IsAssessed) return "–";
        if (!stability.IsStable) return "⚠ unstable: " + string.Join("; ", stability.Reasons);
        return stability.Movement is { } movement ? $"stable ({Stability.Percent(movement, signed: true)} in the other run)" : "stable";
    }

    private static string Mean(BenchmarkStatistics statistics)
    {
        var unit = Formatting.UnitFor(statistics.Mean);
        return statistics.ConfidenceInterval is { } ci && double.IsFinite(ci.Margin)
            ? $"{Formatting.Significant(statistics.Mean / unit.Scale)} ± {Formatting.Significant(ci.Margin / unit.Scale)} {unit.Unit}"
            : Formatting.Time(statistics.Mean);
    }

    private static string RatioCell(Row row)
    {
        if (row.IsBaseline) return "1.00";
        if (row.Ratio is not { } ratio) return "–";
        return $"{Formatting.Ratio(ratio.Median)} ({Formatting.Ratio(ratio.Lower).TrimEnd('×')}–{Formatting.Ratio(ratio.Upper).TrimEnd('×')})";
    }

    /// <summary>Text metrics (query plans and the like) would make tables unreadable: they are listed below the table.</summary>
    private static void WriteTextMetrics(Markdown md, Comparison comparison)
    {
        foreach (var metric in MetricColumns.Text(comparison))
        {
            var values = comparison.Rows
                .Select(r => (Row: r, Value: r.Benchmark.Metrics?.GetValueOrDefault(metric)))
                .Where(v => v.Value is not null)
                .ToArray();
            if (values.Select(v => v.Value).Distinct(StringComparer.Ordinal).Count() == 1 && values.Length == comparison.Rows.Count())
            {
                md.Line($"**{metric}** (every row): {Code(values[0].Value!)}").Line();
                continue;
            }
            md.Line($"**{metric}**:").Line();
            foreach (var (row, value) in values)
            {
                var parameters = row.Benchmark.Parameters.Count == 0 ? "" : $" [{row.Benchmark.ParametersText}]";
                md.Line($"- {comparison.Technique(row)}{parameters}: {Code(value!)}");
            }
            md.Line();
        }
    }

    /// <summary>Inline code; a multi-line value keeps its lines, separated by ' ⏎ '.</summary>
    private static string Code(string value)
    {
        var flat = string.Join(" ⏎ ", value.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0));
        var fence = flat.Contains('`', StringComparison.Ordinal) ? "`` " : "`";
        return fence + flat + (fence.Length > 1 ? " ``" : "`");
    }
}
