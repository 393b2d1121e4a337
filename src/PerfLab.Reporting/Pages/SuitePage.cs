using System.Globalization;

namespace PerfLab.Reporting.Pages;

/// <summary>Writes a suite's markdown page: environment, then per comparison a chart, a table and findings.</summary>
public static class SuitePage
{
    /// <summary>Relative paths (from the output folder) of a comparison's charts; the page links them.</summary>
    public static string BarChartPath(SuiteReport suite, Comparison comparison) => $"charts/{suite.Slug}/{comparison.Slug}.png";

    public static string ScalingChartPath(SuiteReport suite, Comparison comparison) => $"charts/{suite.Slug}/{comparison.Slug}-scaling.png";

    public static string LatencyChartPath(SuiteReport suite, Comparison comparison) => $"charts/{suite.Slug}/{comparison.Slug}-latency.png";

    public static string RawFolder(SuiteReport suite) => $"raw/{suite.Slug}/";

    /// <param name="hasScalingChart">Whether a scaling chart was rendered for a comparison.</param>
    /// <param name="sections">What the suite contributes to its own page (<see cref="SuiteSections"/>); none by default.</param>
    /// <param name="engineNote">Why a comparison measured on several engines differs between them (<see cref="EngineTable"/>); null when unknown.</param>
    /// <param name="sources">Where each technique's code is (a technique links to it); null: no links.</param>
    public static string Render(SuiteReport suite, Func<Comparison, bool> hasScalingChart, IReadOnlyList<ISuiteSection>? sections = null,
        Func<Comparison, string?>? engineNote = null, SourceLinks? sources = null)
    {
        sources ??= SourceLinks.None;
        var md = new Markdown();
        md.Line($"# {suite.Name}").Line();
        md.Line($"Results of the **{suite.Name}** suite, generated from BenchmarkDotNet's JSON exports " +
                $"(the raw files are in [{RawFolder(suite)}]({RawFolder(suite)}), so anyone can recompute). [All suites](README.md).").Line();

        var allRows = suite.Comparisons.SelectMany(c => c.Rows).ToArray();
        if (allRows.Length > 0 && allRows.All(r => r.IsDryRun))
        {
            md.Line($"> **Warning:** every case was measured fewer than {Row.DryRunIterations} times per round (at most {allRows.Max(r => r.Iterations)}; a dry run): " +
                    "these numbers show that the benchmarks run, not how fast they are.").Line();
        }

        WriteEnvironment(md, suite);
        WriteLegend(md, suite);

        md.Line("## Comparisons").Line();
        foreach (var comparison in suite.Comparisons)
        {
            var measured = comparison.Rows.Count();
            var failed = comparison.Failed.Count == 0 ? "" : $", {comparison.Failed.Count} failed";
            md.Line($"- [{comparison.Name}](#{Markdown.Anchor(comparison.Name)}) ({measured} measured{failed})");
        }
        md.Line();

        sections ??= [];
        foreach (var comparison in suite.Comparisons) WriteComparison(md, suite, comparison, hasScalingChart(comparison), engineNote?.Invoke(comparison), sections, sources);
        foreach (var section in sections) md.Append(section.AfterComparisons(suite));

        var superseded = suite.Published.Superseded.Concat(suite.Reproduction?.Superseded ?? []).ToArray();
        if (superseded.Length > 0)
        {
            md.Line("## Superseded results").Line();
            md.Line($"{superseded.Length} result(s) measured again in the same round by a newer export in the input were left out: " +
                    string.Join(", ", superseded.Select(b => $"`{b.FullName}`").Distinct(StringComparer.Ordinal)) + ".").Line();
        }
        return md.ToString();
    }

    private static void WriteEnvironment(Markdown md, SuiteReport suite)
    {
        var exports = suite.Exports.ToArray();
        string Values(Func<BenchmarkExport, string?> pick) =>
            string.Join(" / ", exports.Select(pick).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) is { Length: > 0 } joined
                ? joined
                : "unknown";

        var rows = new List<(string Name, string Value)>
        {
            ("CPU", Values(e => Cpu(e.Environment))),
            ("OS", Values(e => e.Environment.OsVersion)),
            (".NET runtime", Values(e => Join(e.Environment.RuntimeVersion, e.Environment.Architecture))),
            (".NET SDK", Values(e => e.Environment.DotNetSdkVersion)),
            ("BenchmarkDotNet", Values(e => e.Environment.BenchmarkDotNetVersion)),
        };
        if (exports.Any(e => !string.IsNullOrEmpty(e.Lab?.SqliteVersion))) rows.Add(("SQLite", Values(e => e.Lab?.SqliteVersion)));
        var dates = exports.Select(e => e.RunDate).OfType<DateTime>().Order().ToArray();
        rows.Add(("Run date", dates.Length == 0 ? "unknown" : DateRange(dates[0], dates[^1]) + " (local time of the run)"));
        if (exports.Any(e => e.Lab is not null))
            rows.Add(("Profile", Values(e => e.Lab is null ? null : Join(e.Lab.Profile, e.Lab.ProfileDescription, ": "))));
        rows.Add(("Job", Values(e => string.Join(" / ", e.Benchmarks.Select(b => b.Job).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))));
        if (exports.Any(e => !string.IsNullOrEmpty(e.Lab?.Commit))) rows.Add(("Commit", Values(e => e.Lab?.Commit)));
        rows.Add(("Published run", RunText(suite.Published)));
        if (suite.Reproduction is { } reproduction)
        {
            rows.Add(("Reproducibility run", RunText(reproduction) + $"; its ratios moved against the published run's by {suite.Reproducibility!.Figures} " +
                      $"([{NoisePage.MarkdownPath}]({NoisePage.MarkdownPath}))"));
        }
        foreach (var earlier in suite.EarlierReproductions)
            rows.Add(("Earlier reproducibility run", RunText(earlier.Run) + $"; its ratios moved against the published run's by {earlier.Reproducibility.Figures}"));
        if (MachineText.Recorded(exports))
        {
            // What the machine is and what it charged (probes at the start of each round), per run: the price of a page
            // fault, a fsync or a memory copy differs between machines far more than a CPU model name suggests.
            var runs = new[] { ("published run", suite.Published), ("reproducibility run", suite.Reproduction) }
                .Concat(suite.EarlierReproductions.Select(e => ("earlier reproducibility run", (SuiteRun?)e.Run)));
            foreach (var (label, run) in runs)
            {
                if (run is null) continue;
                var identity = MachineText.Identity(run) ?? "not recorded";
                if (!ReferenceEquals(run, suite.Published)) identity += $" (against the published run: {MachineText.Describe(MachineText.PairKind(suite.Published, run))})";
                rows.Add(($"Machine, {label}", identity));
                rows.Add(($"Probes, {label}", MachineText.Probes(run) ?? "not recorded"));
            }
        }
        if (PlacementText(exports.SelectMany(e => e.Benchmarks)) is { } placement) rows.Add(("Placement", placement));
        if (exports.Any(e => e.Environment.HasAttachedDebugger == true)) rows.Add(("Warning", "a debugger was attached: the numbers are not representative"));
        if (exports.Any(e => e.Environment.Configuration is { } c && !c.Equals("RELEASE", StringComparison.OrdinalIgnoreCase)))
            rows.Add(("Warning", "not a Release build: the numbers are not representative"));

        md.Line("## Environment").Line();
        foreach (var (name, value) in rows) md.Line($"- **{name}**: {value}");
        md.Line();
    }

    /// <summary>
    /// Where the cases that call a server ran, as their processes read it back from the kernel, over
    /// <paramref name="runs"/> (one per case and round); null when none calls a server.
    /// </summary>
    internal static string? PlacementText(IEnumerable<BenchmarkResult> runs)
    {
        var placements = runs.Select(b => b.Placement).OfType<PerfLab.Machine.PlacementRecord>()
            .GroupBy(p => p).OrderBy(g => g.Key.Server, StringComparer.Ordinal).ThenBy(g => g.Key.Mode, StringComparer.Ordinal).ToArray();
        return placements.Length == 0
            ? null
            : string.Join("; ", placements.Select(g =>
                  $"{g.Key.Server} cases: {g.Key.Mode}, benchmark process on CPU {g.Key.Benchmark}, server on CPU {g.Key.ServerCpus} ({Formatting.Count(g.Count())} case run(s))")) +
              " (read back from the kernel by each case process)";
    }

    /// <summary>
    /// "run 20261127T150102Z-orm-a1b2, 6 rounds (run seed 1234, round seeds ...), 12 min 3 s wall clock"; for a run
    /// merged from engines' runs of their own, each as "SQLite: run ...", separated by " · ".
    /// </summary>
    internal static string RunText(SuiteRun run) =>
        run.Parts.Count == 0 ? PartText(run) : string.Join(" · ", run.Parts.Select(p => $"{p.Label}: {PartText(p)}"));

    private static string PartText(SuiteRun run)
    {
        var planned = run.Exports.Select(e => e.Lab?.Rounds).OfType<int>().DefaultIfEmpty(run.Rounds.Count).Max();
        var missing = Enumerable.Range(1, planned).Except(run.Rounds).ToArray();
        var rounds = missing.Length > 0
            ? $"{run.Rounds.Count} of {planned} rounds (incomplete, missing {(missing.Length == 1 ? "round" : "rounds")} {string.Join(", ", missing)})"
            : Plural(run.Rounds.Count, "round");
        var parts = new List<string> { $"{(run.Id.Length == 0 ? "a run without id" : $"run `{run.Id}`")}, {rounds}" };
        if (run.Seeds.Length > 0) parts.Add(run.Seeds);
        if (run.WallSeconds is { } wall)
            parts.Add($"{Formatting.Duration(wall)} by the wall clock of its processes{(run.BenchmarkSeconds is { } bdn ? $" (BenchmarkDotNet's clock: {Formatting.Duration(bdn)})" : "")}");
        else if (run.BenchmarkSeconds is { } seconds)
            parts.Add($"{Formatting.Duration(seconds)} by BenchmarkDotNet's clock");
        return string.Join("; ", parts);
    }

    internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

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
        md.Line("How to read the tables: times are per operation. A run is R rounds; each round runs every case once, in its own " +
                "process, in a random order. A case's value in a round is the median of its measured iterations; **Best round** is the " +
                "lowest of those round values (the process the shared machine slowed least: a process is slowed for its whole life " +
                "or not at all, never sped up) and orders the rows, fastest first, within each set of parameter values; **Rounds** " +
                "gives the range. **Ratio** compares each row with its comparison's baseline (same parameters): the two best rounds " +
                "divided, with a distribution-free 95% interval in brackets for the median of the ratios taken within each round " +
                "(order statistics of the round ratios, widened to hold the ratio if it falls outside; with fewer than 6 rounds no " +
                "interval reaches 95% and its actual coverage is given). A **tie** is a ratio whose interval spans 1.00: the rounds " +
                "do not establish which of the two is faster. " +
                "**Allocated** is managed memory allocated per operation (exact, deterministic); **Alloc ratio** divides it by the " +
                "baseline's (– when the baseline allocates nothing).").Line();
        if (suite.Comparisons.SelectMany(c => c.Rows).Any(r => r.Steadiness.IsAssessed))
        {
            md.Line($"**Steady** says whether a case was measured at steady state: it is **not steady** when its measured iterations " +
                    $"still trend (get faster or slower) in most of its rounds: a Mann-Kendall test at 5% and a Theil-Sen slope moving " +
                    $"the iterations by at least {Formatting.Percent(TrendTest.MinimumChange, signed: false)} of their median. " +
                    "Its number mixes warm-up into the measurement; read it as an upper bound.").Line();
        }
        var rows = suite.Comparisons.SelectMany(c => c.Rows).ToArray();
        var regimeText = rows.Any(r => r.RegimeCheck.Differs)
            ? "In the **Steady** column, **regime differs** marks a case not measured in one regime: its rounds (and its reproducibility run's, when there is one) " +
              $"ran more than {Formatting.Count(RegimeCheck.OperationsFactor)}× apart in operations per iteration, in gen-2 collections per operation " +
              $"(and at least {Formatting.Count(RegimeCheck.Gen2MinimumDifference)} apart) or in page faults per operation (and at least " +
              $"{Formatting.Count(RegimeCheck.FaultsMinimumDifference)} apart). Such rounds measured different things (e.g. a large result written " +
              "into recycled memory in one round, into freshly faulted pages in another), so its number and ratios mix them."
            : null;
        var sensitiveText = rows.Any(r => r.MachineSensitivity is not null)
            ? (regimeText is null ? "In the **Steady** column, **machine-sensitive**" : "**Machine-sensitive** (same column)") + " marks a case whose first-touch page faults, at the cost this machine's probe measured, are at least " +
              $"{Formatting.Percent(MachineSensitivity.MinimumShare, signed: false)} of its time: it is allocation-bound, and the price of a fault " +
              "belongs to the machine."
            : null;
        if (regimeText is not null || sensitiveText is not null)
            md.Line(string.Join(" ", new[] { regimeText, sensitiveText }.OfType<string>())).Line();
        if (suite.Reproduction is not null)
        {
            md.Line("**Reproducibility run** is the same ratio in the suite's second, independent run of the same build.").Line();
        }
    }

    private static void WriteComparison(Markdown md, SuiteReport suite, Comparison comparison, bool hasScalingChart, string? engineNote, IReadOnlyList<ISuiteSection> sections, SourceLinks sources)
    {
        md.Line($"## {comparison.Name}").Line();
        var source = comparison.IsCategory ? "category" : "benchmark type (the export carries no categories)";
        // A load comparison's cases have latencies, not times: no baseline, ratios, time chart or summary of times.
        md.Line($"Comparison by {source}.{(comparison.IsLoad ? "" : MissingBaseline(comparison))}").Line();

        if (comparison.IsLoad)
        {
            LoadSection.Write(md, suite, comparison, sources);
        }
        else if (comparison.Rows.Any())
        {
            md.Line($"![{comparison.Name}: time per operation (best round)]({BarChartPath(suite, comparison)})").Line();
            if (hasScalingChart) md.Line($"![{comparison.Name}: scaling]({ScalingChartPath(suite, comparison)})").Line();
            WriteTable(md, comparison, suite.Reproduced(comparison), suite.Reproduction is not null, sources);
            if (EngineTable.Applies(comparison)) EngineTable.Write(md, comparison, engineNote);
            var added = sections.Select(s => s.UnderComparison(comparison)).ToArray();
            foreach (var text in added) md.Append(text.Markdown);
            WriteTextMetrics(md, comparison, shown: added.SelectMany(t => t.ShownMetrics).ToArray());
        }

        foreach (var failed in comparison.Failed)
        {
            var parameters = failed.Benchmark.Parameters.Count == 0 ? "" : $" [{failed.Benchmark.ParametersText}]";
            md.Line($"- **Failed:** {comparison.Technique(failed)}{parameters}{(failed.IsBaseline ? " (the baseline)" : "")}: no measurements " +
                    "in any round (it threw or its process crashed; see the run's BenchmarkDotNet log).");
        }
        if (comparison.Failed.Count > 0) md.Line();

        if (!comparison.IsLoad) md.Line("**Summary.** " + ComparisonSummary.Describe(comparison)).Line();
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

    private static void WriteTable(Markdown md, Comparison comparison, Comparison? reproduced, bool hasReproduction, SourceLinks sources)
    {
        // The engine, when rows name one, comes first: it is what tells a database comparison's parameter sets apart.
        var parameterNames = comparison.Rows.SelectMany(r => r.Benchmark.Parameters.Select(p => p.Name)).Distinct(StringComparer.Ordinal)
            .OrderBy(n => n == EngineNames.ParameterName ? 0 : 1).ToArray();
        var numericMetrics = MetricColumns.Numeric(comparison);
        var showAllocations = comparison.Rows.Any(r => r.AllocatedBytes is not null);
        var showRounds = comparison.Rows.Any(r => r.Rounds.Count > 1);

        var header = new List<string> { "Technique" };
        header.AddRange(parameterNames);
        header.Add("Best round");
        if (showRounds) header.Add("Rounds");
        if (comparison.HasBaseline) header.Add("Ratio [95% interval]");
        if (comparison.HasBaseline && hasReproduction) header.Add("Reproducibility run");
        if (showAllocations) header.Add("Allocated");
        if (showAllocations && comparison.HasBaseline) header.Add("Alloc ratio");
        var showSteady = comparison.Rows.Any(r => r.Steadiness.IsAssessed || r.RegimeCheck.Differs || r.MachineSensitivity is not null);
        if (showSteady) header.Add("Steady");
        header.AddRange(numericMetrics);

        var rows = comparison.Rows.Select(row =>
        {
            var technique = sources.Linked(comparison.Technique(row), row.Benchmark);
            var cells = new List<string> { row.IsBaseline ? $"{technique} (baseline)" : technique };
            // A database case without an Engine parameter is SQLite's (EngineNames): say so rather than "–".
            cells.AddRange(parameterNames.Select(n => row.Benchmark.Parameters.FirstOrDefault(p => p.Name == n)?.Value
                ?? (n == EngineNames.ParameterName ? EngineNames.Default : "–")));
            cells.Add(Formatting.Time(row.Best));
            if (showRounds) cells.Add(RoundsCell(row));
            if (comparison.HasBaseline) cells.Add(RatioCell(row, row.Ratio));
            if (comparison.HasBaseline && hasReproduction) cells.Add(RatioCell(row, reproduced?.Case(row)?.Ratio));
            if (showAllocations) cells.Add(row.AllocatedBytes is { } bytes ? Formatting.Bytes(bytes) : "–");
            if (showAllocations && comparison.HasBaseline) cells.Add(row.IsBaseline ? "1.00" : row.AllocationRatio is { } a ? Formatting.Ratio(a).TrimEnd('×') : "–");
            if (showSteady) cells.Add(SteadyCell(row));
            cells.AddRange(numericMetrics.Select(m => MetricColumns.Format(m, row.Benchmark.Metrics?.GetValueOrDefault(m))));
            return (IReadOnlyList<string>)cells;
        });

        var rightAligned = header.Select((h, i) => i > 0 && !parameterNames.Contains(h) && h != "Steady").ToArray();
        md.Table(header, rightAligned, rows);
    }

    /// <summary>How many rounds measured the case and the range of its round values: <c>6: 12.1–12.9 μs</c>.</summary>
    private static string RoundsCell(Row row)
    {
        var unit = Formatting.UnitFor(row.Best);
        return row.Rounds.Count == 1
            ? "1"
            : $"{row.Rounds.Count}: {Formatting.Significant(row.Rounds.Values.Min() / unit.Scale)}–{Formatting.Time(row.Rounds.Values.Max(), unit)}";
    }

    /// <summary>
    /// "steady", or "⚠ not steady: " and the reason; then, when so, "⚠ regime differs: " and what differs, and the case's
    /// machine sensitivity.
    /// </summary>
    private static string SteadyCell(Row row)
    {
        var steadiness = row.Steadiness;
        var parts = new List<string>();
        if (steadiness.IsAssessed) parts.Add(steadiness.IsSteady ? "steady" : "⚠ not steady: " + steadiness.Reason);
        if (row.RegimeCheck.Differs) parts.Add("⚠ regime differs: " + row.RegimeCheck.Reason);
        if (row.MachineSensitivity is { } sensitivity) parts.Add(sensitivity.Text);
        return parts.Count == 0 ? "–" : string.Join("; ", parts);
    }

    private static string RatioCell(Row row, PooledRatio? ratio) =>
        row.IsBaseline ? "1.00" : ratio is null ? "–" : Formatting.PooledRatio(ratio);

    /// <summary>Text metrics (query plans and the like) would make tables unreadable: they are listed below the table.</summary>
    /// <param name="shown">Metrics a table above already shows.</param>
    private static void WriteTextMetrics(Markdown md, Comparison comparison, IReadOnlyList<string> shown)
    {
        foreach (var metric in MetricColumns.Text(comparison).Except(shown, StringComparer.Ordinal))
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
            // A setting that differs only between parameter sets (a journal mode per group) is listed once per set.
            var perGroup = comparison.Groups.Select(g => (Group: g, Values: g.Rows.Select(r => r.Benchmark.Metrics?.GetValueOrDefault(metric)).Distinct(StringComparer.Ordinal).ToArray())).ToArray();
            if (comparison.Groups.Count > 1 && perGroup.All(g => g.Values is [{ }]))
            {
                md.Line($"**{metric}** (every row of a parameter set):").Line();
                foreach (var (group, groupValues) in perGroup) md.Line($"- {group.ParametersText}: {Code(groupValues[0]!)}");
                md.Line();
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
