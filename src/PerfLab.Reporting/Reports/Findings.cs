using PerfLab.Reporting.Charts;

namespace PerfLab.Reporting.Reports;

/// <summary>The findings paragraph of a comparison, generated from its numbers only.</summary>
public static class Findings
{
    public static string Describe(Comparison comparison)
    {
        var sentences = new List<string>();
        var several = comparison.Groups.Count > 1;
        foreach (var group in comparison.Groups)
        {
            var prefix = several && group.Parameters.Count > 0 ? $"*{group.ParametersText}*: " : "";
            sentences.Add(prefix + DescribeGroup(comparison, group));
        }
        if (Scaling(comparison) is { } scaling) sentences.Add(scaling);
        if (LaunchSpread(comparison) is { } launches) sentences.Add(launches);
        if (Unstable(comparison) is { } unstable) sentences.Add(unstable);
        if (comparison.Failed.Count > 0)
            sentences.Add($"{string.Join(", ", comparison.Failed.Select(comparison.Technique).Distinct(StringComparer.Ordinal))} failed and has no result.");
        if (sentences.Count == 0) sentences.Add("Nothing was measured.");
        return string.Join(" ", sentences);
    }

    private static string DescribeGroup(Comparison comparison, CaseGroup group)
    {
        var rows = group.Rows;
        var fastest = rows[0];
        var slowest = rows[^1];
        if (rows.Count == 1) return $"only {comparison.Technique(fastest)} was measured ({Formatting.Time(fastest.Statistics.Median)}).";

        var parts = new List<string>();
        if (group.Baseline is { } baseline)
        {
            var others = rows.Where(r => !r.IsBaseline && r.Ratio is not null)
                .Select(r => $"{comparison.Technique(r)} {Formatting.Ratio(r.Ratio!.Median)}{(r.Ratio.Overlaps1 ? " (not separable from it)" : "")}");
            parts.Add($"against the baseline {comparison.Technique(baseline)} ({Formatting.Time(baseline.Statistics.Median)}): {string.Join(", ", others)}.");
            if (!ReferenceEquals(fastest, baseline)) parts.Add($"Fastest: {comparison.Technique(fastest)} ({Formatting.Time(fastest.Statistics.Median)}).");
            parts.Add($"Spread: the slowest, {comparison.Technique(slowest)}, takes {Formatting.Ratio(slowest.Statistics.Median / fastest.Statistics.Median)} the fastest.");
            if (Allocations(comparison, rows, baseline) is { } allocations) parts.Add(allocations);
        }
        else
        {
            var others = rows.Skip(1).Select(r => $"{comparison.Technique(r)} takes {Formatting.Ratio(r.Statistics.Median / fastest.Statistics.Median)}");
            parts.Add($"fastest: {comparison.Technique(fastest)} ({Formatting.Time(fastest.Statistics.Median)}); {string.Join(", ", others)} as long (ratios of medians; no baseline).");
        }
        var text = string.Join(" ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string? Allocations(Comparison comparison, IReadOnlyList<Row> rows, Row baseline)
    {
        if (baseline.AllocatedBytes is not { } baselineBytes) return null;
        var differing = rows
            .Where(r => !r.IsBaseline && r.AllocatedBytes is { } bytes && bytes != baselineBytes)
            .Select(r => baselineBytes == 0
                ? $"{comparison.Technique(r)} {Formatting.Bytes(r.AllocatedBytes!.Value)}"
                : $"{comparison.Technique(r)} {Formatting.Bytes(r.AllocatedBytes!.Value)} ({Formatting.Ratio(r.AllocationRatio!.Value)})")
            .ToArray();
        if (differing.Length == 0) return null;
        var reference = baselineBytes == 0 ? "none" : Formatting.Bytes(baselineBytes);
        return $"Allocations per operation differ from the baseline's ({reference}): {string.Join(", ", differing)}.";
    }

    /// <summary>Which rows are flagged unstable: the conclusions above rest on them less firmly.</summary>
    private static string? Unstable(Comparison comparison)
    {
        var unstable = comparison.Unstable.ToArray();
        if (unstable.Length == 0) return null;
        var names = unstable.Select(r => comparison.Technique(r) + (r.Benchmark.Parameters.Count == 0 ? "" : $" [{r.Benchmark.ParametersText}]"));
        return $"Unstable ({unstable.Length} of {comparison.Rows.Count()}, see the Stability column): {string.Join(", ", names)}.";
    }

    /// <summary>
    /// With several process launches per case, the largest relative difference between two launches' medians of one
    /// case: each launch lands in its own performance state, so this is the noise floor a reader should keep in mind.
    /// </summary>
    private static string? LaunchSpread(Comparison comparison)
    {
        var spreads = comparison.Rows
            .Select(r => (Row: r, Medians: r.Benchmark.Launches.Select(l => l.Median).Where(m => m > 0).ToArray()))
            .Where(x => x.Medians.Length >= 2)
            .Select(x => (x.Row, Launches: x.Medians.Length, Spread: x.Medians.Max() / x.Medians.Min() - 1))
            .ToArray();
        if (spreads.Length == 0) return null;

        var widest = spreads.MaxBy(x => x.Spread);
        var parameters = widest.Row.Benchmark.Parameters.Count == 0 ? "" : $" [{widest.Row.Benchmark.ParametersText}]";
        var difference = widest.Spread < 1
            ? (widest.Spread * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%"
            : Formatting.Ratio(widest.Spread + 1);
        return $"Between process launches ({widest.Launches} per case), the medians of one case differ by up to {difference} " +
               $"({comparison.Technique(widest.Row)}{parameters}): differences smaller than that are not established by this run.";
    }

    /// <summary>How each technique's median grows from the smallest to the largest size (other parameters fixed).</summary>
    private static string? Scaling(Comparison comparison)
    {
        if (ChartRenderer.SizeParameter(comparison) is not { } size) return null;
        var growth = comparison.Rows
            .GroupBy(r => (comparison.Technique(r), string.Join(", ", r.Benchmark.Parameters.Where(p => p.Name != size).Select(p => $"{p.Name}={p.Value}"))))
            .Select(g =>
            {
                var points = g.OrderBy(r => r.Benchmark.Parameters.Single(p => p.Name == size).NumericValue).ToArray();
                var name = g.Key.Item2.Length == 0 ? g.Key.Item1 : $"{g.Key.Item1} [{g.Key.Item2}]";
                return (Name: name, Points: points);
            })
            .Where(s => s.Points.Length >= 2)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => $"{s.Name} {Formatting.Ratio(s.Points[^1].Statistics.Median / s.Points[0].Statistics.Median)}")
            .ToArray();
        if (growth.Length == 0) return null;

        var sizes = comparison.Rows.Select(r => r.Benchmark.Parameters.Single(p => p.Name == size)).ToArray();
        var smallest = sizes.MinBy(p => p.NumericValue)!;
        var largest = sizes.MaxBy(p => p.NumericValue)!;
        return $"From {size}={smallest.Value} to {largest.Value} ({Formatting.Ratio(largest.NumericValue!.Value / smallest.NumericValue!.Value)} the size) the median grows: {string.Join(", ", growth)}.";
    }
}
