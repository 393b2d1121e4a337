namespace PerfLab.Reporting.Pages;

/// <summary>
/// A load comparison's part of its suite page, "Latency under load": what the numbers are, where client and server ran,
/// the latency-versus-rate chart and one row per case. It replaces the time table, ratios and summary: a load case's time
/// is only the duration of its load run.
/// </summary>
internal static class LoadSection
{
    public const string Heading = "Latency under load";

    public static void Write(Markdown md, SuiteReport suite, Comparison comparison, SourceLinks sources)
    {
        md.Line($"### {Heading}").Line();
        md.Line("Each measured iteration is one bounded run offering requests at a fixed rate, on a schedule fixed in advance " +
                "(an open loop); BenchmarkDotNet's time of such a case is that run's duration and is not shown. **Latency** counts " +
                "from each request's intended start on that schedule, so a stall counts against every request it delays, not only " +
                "the one it hit (coordinated omission); **service time** counts from the request's actual start, which is what a " +
                "closed loop (each request sent when the previous one returns) would report. Each percentile is the median over the " +
                "run's rounds of the round's value (merged over its load runs), with the rounds' [min–max]. **Capacity** is one " +
                "connection's closed-loop rate, measured in each round's setup; the offered rate is the stated fraction of it. " +
                "Errors, timeouts and requests never started are counted over all rounds, never dropped. CPU is per completed request.").Line();
        var names = comparison.Rows.Select(r => r.Benchmark.FullName).ToHashSet(StringComparer.Ordinal);
        if (SuitePage.PlacementText(suite.Exports.SelectMany(e => e.Benchmarks).Where(b => names.Contains(b.FullName))) is { } placement)
            md.Line($"Placement: {placement}.").Line();
        md.Line($"![{comparison.Name}: latency against offered rate]({SuitePage.LatencyChartPath(suite, comparison)})").Line();

        var cases = LoadCase.Of(comparison);
        var reproduced = suite.Reproduced(comparison);
        var parameterNames = cases.SelectMany(c => c.Row.Benchmark.Parameters.Select(p => p.Name)).Distinct(StringComparer.Ordinal)
            .OrderBy(n => n == EngineNames.ParameterName ? 0 : 1).ToArray();
        var header = new List<string> { "Technique" };
        header.AddRange(parameterNames);
        header.AddRange(["Offered rate", "Capacity", "Achieved", "p50", "p90", "p99", "p99.9", "Max", "Service time p99",
            "Errors + timeouts + not started", "Client CPU", "Server CPU"]);
        if (suite.Reproduction is not null) header.Add("p99, reproducibility run");

        var rows = cases.Select(c =>
        {
            var cells = new List<string> { sources.Linked(comparison.Technique(c.Row), c.Row.Benchmark) };
            cells.AddRange(parameterNames.Select(n => c.Row.Benchmark.Parameters.FirstOrDefault(p => p.Name == n)?.Value
                ?? (n == EngineNames.ParameterName ? EngineNames.Default : "–")));
            cells.Add($"{c.OfferedRate.Rate()} req/s ({Formatting.Percent(c.OfferedFraction, signed: false)} of capacity)");
            cells.Add(c.Over(l => l.CapacityRate)!.Rate() + " req/s");
            cells.Add(c.Over(l => l.Counts.AchievedRate)!.Rate() + " req/s");
            cells.AddRange(LoadCase.Percentiles.Select(p => c.Over(p.Pick)!.Time()));
            cells.Add(c.Over(l => l.Latency.MaxNs)!.Time());
            cells.Add(c.Over(l => l.ServiceTime.P99Ns)!.Time());
            var failed = c.Sum(l => l.Counts.Failed);
            cells.Add($"{(failed > 0 ? "⚠ " : "")}{Formatting.Integer(c.Sum(l => l.Counts.Errors))} + {Formatting.Integer(c.Sum(l => l.Counts.Timeouts))} + " +
                      $"{Formatting.Integer(c.Sum(l => l.Counts.NotStarted))} of {Formatting.Integer(c.Sum(l => l.Counts.Requested))}");
            cells.Add(c.CpuPerRequest(l => l.ClientCpuNs)?.Time() ?? "–");
            cells.Add(c.CpuPerRequest(l => l.ServerCpuNs)?.Time() ?? "–");
            if (suite.Reproduction is not null)
                cells.Add(reproduced?.Case(c.Row) is { IsLoad: true } other ? new LoadCase(other, c.Series).Over(l => l.Latency.P99Ns)!.Time() : "–");
            return (IReadOnlyList<string>)cells;
        });
        md.Table(header, header.Select((h, i) => i > 0 && !parameterNames.Contains(h)).ToArray(), rows);
        WriteRoundsWithoutBlock(md, comparison, cases);
    }

    /// <summary>
    /// A round in which a load case was measured but recorded no load block (its recorder printed nothing) has no
    /// latencies: the case's figures are over its other rounds, and the page says which and how many.
    /// </summary>
    private static void WriteRoundsWithoutBlock(Markdown md, Comparison comparison, IReadOnlyList<LoadCase> cases)
    {
        var partial = cases.Select(c => (Case: c, Missing: c.Row.Rounds.Keys.Except(c.Row.Loads.Keys).Order().ToArray())).Where(c => c.Missing.Length > 0).ToArray();
        foreach (var (c, missing) in partial)
        {
            var total = c.Row.Rounds.Keys.Union(c.Row.Loads.Keys).Count();
            var parameters = c.Row.Benchmark.Parameters.Count == 0 ? "" : $" [{c.Row.Benchmark.ParametersText}]";
            md.Line($"- ⚠ **{comparison.Technique(c.Row)}{parameters}**: {SuitePage.Plural(missing.Length, "round")} ({string.Join(", ", missing)}) recorded " +
                    $"no load block, so its figures are over {c.Row.Loads.Count} of its {total} rounds.");
        }
        if (partial.Length > 0) md.Line();
    }
}
