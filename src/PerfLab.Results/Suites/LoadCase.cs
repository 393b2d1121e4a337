namespace PerfLab.Results.Suites;

/// <summary>
/// A load case of a comparison as its latency table and chart show it: each figure is the median over the run's
/// rounds of the round's value (merged over the round's measured load runs), with the rounds' range.
/// </summary>
/// <param name="Series">
/// What the case shares with the other cases of its line in the chart: its technique (when the comparison has several)
/// and the parameters that do not set the offered rate; "" when the comparison is one line.
/// </param>
public sealed record LoadCase(Row Row, string Series)
{
    /// <summary>The latency percentiles the chart draws, each with the block's field it reads.</summary>
    public static IReadOnlyList<(string Name, Func<LoadRecord, double> Pick)> Percentiles { get; } =
    [
        ("p50", l => l.Latency.P50Ns),
        ("p90", l => l.Latency.P90Ns),
        ("p99", l => l.Latency.P99Ns),
        ("p99.9", l => l.Latency.P999Ns),
    ];

    /// <summary>A figure of the case over its rounds (<see cref="Row.Loads"/>); null when no round has it.</summary>
    public RoundRange? Over(Func<LoadRecord, double> pick) => RoundRange.Of(Row.Loads.Values.Select(pick));

    /// <summary>The offered rate (req/s): the configured fraction of each round's measured capacity.</summary>
    public RoundRange OfferedRate => Over(l => l.OfferedRate)!;

    /// <summary>The configured fraction of capacity (the same in every round; the median if not).</summary>
    public double OfferedFraction => Over(l => l.OfferedFraction)!.Median;

    /// <summary>CPU time per completed request, per round; null when no round completed one (or, for the server, sampled it).</summary>
    public RoundRange? CpuPerRequest(Func<LoadRecord, long?> cpu) =>
        RoundRange.Of(Row.Loads.Values.Where(l => l.Counts.Completed > 0 && cpu(l) is not null).Select(l => (double)cpu(l)!.Value / l.Counts.Completed));

    /// <summary>Summed over the rounds: every request is counted, whatever became of it.</summary>
    public long Sum(Func<LoadRecord, long> pick) => Row.Loads.Values.Sum(pick);

    /// <summary>
    /// The comparison's load cases, line by line (<see cref="Series"/>) and by offered rate within a line. A parameter
    /// sets the offered rate when, its other parameters and technique fixed, each of its values offers another fraction
    /// of capacity (the lab's <c>Load</c>, whatever it is called); the rest tell lines apart.
    /// </summary>
    public static IReadOnlyList<LoadCase> Of(Comparison comparison)
    {
        var rows = comparison.Rows.Where(r => r.IsLoad).ToArray();
        var names = rows.SelectMany(r => r.Benchmark.Parameters.Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToArray();
        string Value(Row row, string name) => row.Benchmark.Parameters.FirstOrDefault(p => p.Name == name)?.Value ?? "";
        double Fraction(Row row) => new LoadCase(row, "").OfferedFraction;
        bool SetsRate(string name)
        {
            var lines = rows.GroupBy(r => comparison.Technique(r) + "\n" + string.Join("\n", names.Where(n => n != name).Select(n => Value(r, n))), StringComparer.Ordinal).ToArray();
            if (lines.All(l => l.Select(r => Value(r, name)).Distinct(StringComparer.Ordinal).Count() < 2)) return false;
            // Within each line, one fraction per value and another for each value.
            return lines.All(line =>
            {
                var fractions = line.GroupBy(r => Value(r, name), StringComparer.Ordinal).Select(v => v.Select(Fraction).Distinct().ToArray()).ToArray();
                return fractions.All(f => f.Length == 1) && fractions.Select(f => f[0]).Distinct().Count() == fractions.Length;
            });
        }
        var lineParameters = names.Where(n => !SetsRate(n) && rows.Select(r => Value(r, n)).Distinct(StringComparer.Ordinal).Count() > 1).ToArray();
        var techniques = rows.Select(comparison.Technique).Distinct(StringComparer.Ordinal).Count() > 1;
        string Series(Row row) => string.Join(", ",
            (techniques ? new[] { comparison.Technique(row) } : []).Concat(lineParameters.Select(n => $"{n}={Value(row, n)}")));

        return rows
            .Select(r => new LoadCase(r, Series(r)))
            .OrderBy(c => c.Series, StringComparer.Ordinal)
            .ThenBy(c => c.OfferedRate.Median)
            .ThenBy(c => c.Row.Benchmark.FullName, StringComparer.Ordinal)
            .ToArray();
    }
}
