using System.Globalization;
using System.Text;
using PerfLab.Results;

namespace PerfLab.Compare;

/// <summary>
/// The comparison as GitHub-flavoured markdown, fit for <c>$GITHUB_STEP_SUMMARY</c> or a pull-request comment:
/// what needs attention first (regressions, improvements, inconclusive), the unchanged rest folded away.
/// </summary>
public static class CompareMarkdown
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(CompareResult report)
    {
        var md = new StringBuilder();
        md.AppendLine("## PerfLab compare: base → diff").AppendLine();
        md.AppendLine(Invariant, $"Base `{report.BasePath}` → diff `{report.DiffPath}`.").AppendLine();

        if (report.Normalized)
        {
            md.AppendLine("> [!WARNING]");
            md.AppendLine("> Base and diff ran on different machines or runtimes, so absolute times are not comparable. Each benchmark is");
            md.AppendLine("> compared through its ratio to its category baseline (measured in the same run) instead.");
            foreach (var difference in report.EnvironmentDifferences) md.AppendLine(Invariant, $"> - {Cell(difference)}");
            md.AppendLine();
        }

        var counts = Enum.GetValues<Verdict>().ToDictionary(v => v, v => report.WithVerdict(v).Count());
        md.AppendLine(
            $"**{Count(counts[Verdict.Slower], "regression")}, {Count(counts[Verdict.Faster], "improvement")}, {counts[Verdict.Inconclusive]} inconclusive, " +
            $"{counts[Verdict.Same]} unchanged** of {Count(report.Benchmarks.Count(b => b.Time is not null), "benchmark")} compared" +
            (report.GeometricMeanRatio is { } geomean ? $"; geometric mean of the ratios {Ratio(geomean)}" : "") +
            (report.LoadGeometricMeanRatio is { } load ? $"; load cases apart, geometric mean of their latency p99 ratios {Ratio(load)}" : "") + ".");
        md.AppendLine();
        md.AppendLine(
            $"Threshold {Percent(report.Policy.Threshold)}" + (report.Normalized ? "" : $", noise floor {Time(report.Policy.NoiseFloorNanoseconds)}") +
            $". Ratio = diff / base ({(report.Normalized ? "each normalized to its category baseline" : "time per operation")}); below 1 is faster." +
            (report.Benchmarks.Any(b => b.Measure is not null && b.Time is not null)
                ? $" Rows marked *{SideBenchmark.LoadMeasure}* are load cases: their value per launch is the round's merged latency p99, not a time."
                : ""));
        md.AppendLine();

        Section(md, "Regressions", report.WithVerdict(Verdict.Slower), report, withReason: false);
        Section(md, "Improvements", report.WithVerdict(Verdict.Faster), report, withReason: false);
        Section(md, "Inconclusive", report.WithVerdict(Verdict.Inconclusive), report, withReason: true);

        var allocations = report.Benchmarks.Where(b => b.Allocation.Changed).ToArray();
        if (allocations.Length > 0)
        {
            md.AppendLine("### Allocation changes").AppendLine();
            md.AppendLine("| Benchmark | Base | Diff | Change |").AppendLine("| --- | ---: | ---: | ---: |");
            foreach (var b in allocations)
            {
                var delta = b.Allocation.Delta is { } d ? (d > 0 ? "+" : "") + Bytes(d) : "";
                md.AppendLine(Invariant, $"| {Cell(b.FullName)} | {Bytes(b.Allocation.Base)} | {Bytes(b.Allocation.Diff)} | {delta} |");
            }
            md.AppendLine();
        }

        NameList(md, "Added (diff only)", report.Added);
        NameList(md, "Removed (base only)", report.Removed);
        NameList(md, "Failed (no measurement on one side)", report.Failed);
        NameList(md, "Not compared", report.Benchmarks.Where(b => b.Time is null).Select(b => $"{b.FullName}: {b.NotCompared}").ToArray());

        var same = report.WithVerdict(Verdict.Same).ToArray();
        if (same.Length > 0)
        {
            md.AppendLine(Invariant, $"<details><summary>Unchanged ({same.Length})</summary>").AppendLine();
            Table(md, same, report, withReason: false);
            md.AppendLine("</details>").AppendLine();
        }

        md.AppendLine(Invariant,
            $"<sub>Each process launch counts once (its median iteration): launches, not iterations, carry the run-to-run noise. " +
            $"Ratio: Hodges-Lehmann estimate (median of all base × diff launch ratios) with its exact Mann-Whitney interval. " +
            $"Slower/faster: the interval excludes 1 and the estimate passes the threshold{(report.Normalized ? "" : " and the noise floor")}; " +
            $"same: the interval lies within the threshold{(report.Normalized ? "" : " or the shift under the noise floor")}; otherwise inconclusive, " +
            $"with the shift these launches could detect (80% power).</sub>");
        return md.ToString();
    }

    private static void Section(StringBuilder md, string title, IEnumerable<BenchmarkVerdict> rows, CompareResult report, bool withReason)
    {
        var list = rows.ToArray();
        if (list.Length == 0) return;
        md.AppendLine(Invariant, $"### {title} ({list.Length})").AppendLine();
        Table(md, list, report, withReason);
    }

    private static void Table(StringBuilder md, IReadOnlyList<BenchmarkVerdict> rows, CompareResult report, bool withReason)
    {
        md.Append("| Benchmark | Base | Diff | Ratio | Interval | Launches |");
        md.AppendLine(withReason ? " Detectable shift | Why |" : "");
        md.Append("| --- | ---: | ---: | ---: | ---: | ---: |");
        md.AppendLine(withReason ? " ---: | --- |" : "");
        foreach (var b in rows.OrderByDescending(r => Math.Abs(Math.Log(r.Time!.Ratio))).ThenBy(r => r.FullName, StringComparer.Ordinal))
        {
            var t = b.Time!;
            var interval = t.RatioInterval is { } ci ? $"[{Ratio(ci.Lower)}, {Ratio(ci.Upper)}] ({Percent(t.Confidence!.Value)})" : "n/a";
            md.Append(Invariant,
                $"| {Cell(b.FullName)}{(b.Measure is null ? "" : $" ({b.Measure})")} | {Value(t.BaseMedian, report.Normalized)} | {Value(t.DiffMedian, report.Normalized)} | {Ratio(t.Ratio)} | {interval} | {t.BaseValues.Count} / {t.DiffValues.Count} |");
            md.AppendLine(withReason
                ? $" {(t.MinimumDetectableShift is { } mds ? "±" + Percent(mds) : "n/a")} | {Cell(t.Reason)} |"
                : "");
        }
        md.AppendLine();
    }

    private static void NameList(StringBuilder md, string title, IReadOnlyList<string> names)
    {
        if (names.Count == 0) return;
        md.AppendLine(Invariant, $"### {title} ({names.Count})").AppendLine();
        foreach (var name in names) md.AppendLine(Invariant, $"- `{name}`");
        md.AppendLine();
    }

    private static string Value(double value, bool normalized) => normalized ? Ratio(value) + " of baseline" : Time(value);

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Ratio(double ratio) => CompareText.Ratio(ratio);

    private static string Percent(double fraction) => CompareText.Percent(fraction);

    private static string Bytes(IReadOnlyList<long> values) => values.Count == 0 ? "n/a" : string.Join(" / ", values.Select(Formatting.Bytes));

    private static string Bytes(long bytes) => Formatting.Bytes(bytes);

    private static string Time(double nanoseconds) => Formatting.Time(nanoseconds);

    private static string Cell(string text) => Formatting.Cell(text);
}
