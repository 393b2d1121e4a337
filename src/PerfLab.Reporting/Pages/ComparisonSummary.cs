using PerfLab.Reporting.Charts;

namespace PerfLab.Reporting.Pages;

/// <summary>
/// The generated summary paragraph of a comparison, from its numbers only (not to be confused with the hand-written
/// headline findings of <c>bench/findings.json</c>).
/// </summary>
public static class ComparisonSummary
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
        if (NotSteady(comparison) is { } notSteady) sentences.Add(notSteady);
        if (RegimeDiffers(comparison) is { } regime) sentences.Add(regime);
        if (MachineSensitive(comparison) is { } sensitive) sentences.Add(sensitive);
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
        if (rows.Count == 1) return $"only {comparison.Technique(fastest)} was measured ({Formatting.Time(fastest.Best)}).";

        var parts = new List<string>();
        if (group.Baseline is { } baseline)
        {
            var others = rows.Where(r => !r.IsBaseline && r.Ratio is not null)
                .Select(r => $"{comparison.Technique(r)} {(r.Ratio!.IsTie ? "ties with it (" + Formatting.PooledRatio(r.Ratio, markTie: false) + ")" : Formatting.PooledRatio(r.Ratio))}");
            parts.Add($"against the baseline {comparison.Technique(baseline)} ({Formatting.Time(baseline.Best)}): {string.Join(", ", others)}.");
            if (!ReferenceEquals(fastest, baseline))
                parts.Add($"Fastest: {comparison.Technique(fastest)} ({Formatting.Time(fastest.Best)}){(fastest.Ratio?.IsTie == true ? ", a tie with the baseline" : "")}.");
            parts.Add(slowest.RatioTo(fastest) is { IsTie: true } tie
                ? $"The slowest, {comparison.Technique(slowest)}, and the fastest tie ({Formatting.PooledRatio(tie, markTie: false)})."
                : $"Spread: the slowest, {comparison.Technique(slowest)}, takes {Spread(slowest, fastest)} the fastest.");
            if (Allocations(comparison, rows, baseline) is { } allocations) parts.Add(allocations);
        }
        else
        {
            var others = rows.Skip(1).Select(r => $"{comparison.Technique(r)} takes {Spread(r, fastest)}");
            parts.Add($"fastest: {comparison.Technique(fastest)} ({Formatting.Time(fastest.Best)}); {string.Join(", ", others)} as long (no baseline).");
        }
        var text = string.Join(" ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A row against the fastest, pooled round by round like every ratio (so a tie reads as one).</summary>
    private static string Spread(Row row, Row fastest) =>
        row.RatioTo(fastest) is { } ratio ? Formatting.PooledRatio(ratio) : Formatting.Ratio(row.Best / fastest.Best);

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

    /// <summary>Which rows are not steady: the conclusions above rest on them less firmly.</summary>
    private static string? NotSteady(Comparison comparison)
    {
        var notSteady = comparison.NotSteady.ToArray();
        if (notSteady.Length == 0) return null;
        var names = notSteady.Select(r => comparison.Technique(r) + (r.Benchmark.Parameters.Count == 0 ? "" : $" [{r.Benchmark.ParametersText}]"));
        return $"Not steady ({notSteady.Length} of {comparison.Rows.Count()}, see the Steady column): {string.Join(", ", names)}.";
    }

    private static string Case(Comparison comparison, Row row) =>
        comparison.Technique(row) + (row.Benchmark.Parameters.Count == 0 ? "" : $" [{row.Benchmark.ParametersText}]");

    /// <summary>Which rows were measured in different regimes between rounds (or runs): their numbers mix what they measure (what differed: the Steady column).</summary>
    private static string? RegimeDiffers(Comparison comparison)
    {
        var differing = comparison.RegimeDiffers.ToArray();
        if (differing.Length == 0) return null;
        return $"Regime differs ({differing.Length} of {comparison.Rows.Count()}, see the Steady column): " +
               $"{string.Join(", ", differing.Select(r => Case(comparison, r)))}.";
    }

    /// <summary>Which rows spend a large part of their time in page faults, whose price is the machine's.</summary>
    private static string? MachineSensitive(Comparison comparison)
    {
        var sensitive = comparison.Rows.Where(r => r.MachineSensitivity is not null).ToArray();
        if (sensitive.Length == 0) return null;
        return $"Machine-sensitive ({sensitive.Length} of {comparison.Rows.Count()}; page faults at this machine's price): " +
               $"{string.Join(", ", sensitive.Select(r => $"{Case(comparison, r)} ({Formatting.Count(r.MachineSensitivity!.FaultsPerOperation)}/op ≈ {Formatting.Percent(r.MachineSensitivity.Share, signed: false)} of its time)"))}.";
    }

    /// <summary>How each technique's best-round time grows from the smallest to the largest size (other parameters fixed).</summary>
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
            .Select(s => $"{s.Name} {Formatting.Ratio(s.Points[^1].Best / s.Points[0].Best)}")
            .ToArray();
        if (growth.Length == 0) return null;

        var sizes = comparison.Rows.Select(r => r.Benchmark.Parameters.Single(p => p.Name == size)).ToArray();
        var smallest = sizes.MinBy(p => p.NumericValue)!;
        var largest = sizes.MaxBy(p => p.NumericValue)!;
        return $"From {size}={smallest.Value} to {largest.Value} ({Formatting.Ratio(largest.NumericValue!.Value / smallest.NumericValue!.Value)} the size) the best-round time grows: {string.Join(", ", growth)}.";
    }
}
