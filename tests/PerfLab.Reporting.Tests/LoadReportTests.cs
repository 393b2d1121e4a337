using System.Text.Json.Nodes;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>
/// Load cases (the lab's <c>PerfLab.Load</c> block): read into <see cref="LoadRecord"/>, kept out of times and ratios,
/// shown as a latency table and chart (compare's side: PerfLab.Compare.Tests' LoadCompareTests).
/// </summary>
public sealed class LoadReportTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Input => _scratch.Combine("input");

    private string Output => _scratch.Combine("results");

    private string Read(string page) => File.ReadAllText(Path.Combine(Output, page));

    private string Report(int runs = 1, params string[] extra)
    {
        LoadExports.WriteRun(Input, "r1");
        if (runs == 2) LoadExports.WriteRun(Input, "r2", startHour: 11);
        var run = ReportRun.Of(["report", "--input", Input, "--output", Output, .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        return Read("loadlab.md");
    }

    /// <summary>The page's part under <c>## {heading}</c>, up to the next <c>## </c>.</summary>
    private static string Section(string page, string heading)
    {
        var start = page.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = page.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    private static string Line(string text, string start) => text.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));

    private static BenchmarkResult LoadCase(Action<JsonObject>? edit = null)
    {
        using var scratch = new ScratchFolder();
        LoadExports.WriteRun(scratch.Path, "r1", rounds: 1, edit: (export, _) => edit?.Invoke(export["Benchmarks"]![0]!["PerfLab"]!["Load"]!.AsObject()));
        return ExportLoader.Load(scratch.Path).Single().Benchmarks[0];
    }

    [Fact]
    public void The_block_is_read_into_a_record_and_absent_or_empty_is_null()
    {
        var export = (LoadCase(), ExportLoader.Load(LoadExports.WriteRun(_scratch.Combine("one"), "r1", rounds: 1)).Single());

        var load = export.Item1.Load!;
        Assert.Equal(PerfLab.Load.LoadModel.OpenLoop, load.Model);
        Assert.Equal(5050, load.OfferedRate); // Half of 10,100
        Assert.Equal(0.5, load.OfferedFraction);
        Assert.Equal(4_000_000, load.Latency.P99Ns);
        Assert.Equal(1_000_000, load.ServiceTime.P99Ns);
        Assert.Equal(50_000_000, load.ServerCpuNs);
        Assert.Equal(2, load.Iterations.Count);
        Assert.Equal(1_000_000_000, load.Iterations[0].WallNs);
        // The timed case's block is {}; the other carries none at all.
        Assert.All(export.Item2.Benchmarks.Where(b => b.Type == "CacheRead"), b => Assert.Null(b.Load));
        Assert.Null(LoadCase(l => l.Remove("ServerCpuNs")).Load!.ServerCpuNs);
    }

    [Theory]
    [InlineData("P99Ns", "without a whole non-negative Latency.P99Ns")]
    [InlineData("Model", "with Model 'Sideways'")]
    [InlineData("Iterations", "without an Iterations array")]
    [InlineData("Requested", "without a whole non-negative Requested")]
    public void A_malformed_block_is_bad_input_naming_the_file_and_the_field(string field, string message)
    {
        void Break(JsonObject load)
        {
            switch (field)
            {
                case "P99Ns": load["Latency"]!.AsObject().Remove("P99Ns"); break;
                case "Model": load["Model"] = "Sideways"; break;
                case "Iterations": load["Iterations"] = "none"; break;
                default: load[field] = 2.5; break;
            }
        }

        var error = Assert.Throws<BadInputException>(() => LoadCase(Break));

        Assert.Contains("-report-full.json: not a BenchmarkDotNet full JSON export (benchmark Lab.Load.CacheLoad.Get(Load: Half) has a PerfLab.Load " + message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_load_comparison_gets_a_latency_table_sorted_by_offered_rate_with_medians_and_ranges_over_rounds()
    {
        var section = Section(Report(), LoadExports.LoadCategory);

        Assert.Contains("### Latency under load", section, StringComparison.Ordinal);
        Assert.Contains("so a stall counts against every request it delays", section, StringComparison.Ordinal);
        Assert.Contains("Placement: redis-server cases: split, benchmark process on CPU 1, server on CPU 0 (15 case run(s))", section, StringComparison.Ordinal);
        Assert.Contains("![cache.load: latency against offered rate](charts/loadlab/cache.load-latency.png)", section, StringComparison.Ordinal);
        Assert.Contains("| Technique | Load | Offered rate | Capacity | Achieved | p50 | p90 | p99 | p99.9 | Max | Service time p99 | Errors + timeouts + not started | Client CPU | Server CPU |", section, StringComparison.Ordinal);
        var rows = section.Split('\n').Where(l => l.StartsWith("| Get |", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["Quarter", "Half", "ThreeQuarters"], rows.Select(r => r.Split(" | ")[1]));
        Assert.StartsWith("| Get | Quarter | 2,575 [2,525–2,625] req/s (25% of capacity) | 10,300 [10,100–10,500] req/s | 2,549 [2,500–2,599] req/s | " +
                          "550.0 μs [500.0–600.0 μs] | 1.100 ms [1.000–1.200 ms] | 2.200 ms [2.000–2.400 ms] | 3.300 ms [3.000–3.600 ms] | 4.400 ms [4.000–4.800 ms] | " +
                          "550.0 μs [500.0–600.0 μs] | 0 + 0 + 0 of 10,000 | 40.00 μs | 25.00 μs |", rows[0], StringComparison.Ordinal);
        Assert.Contains("| 4.400 ms [4.000–4.800 ms] |", rows[1], StringComparison.Ordinal);
        // Errors and timeouts are never hidden.
        Assert.Contains("| ⚠ 1 + 2 + 0 of 10,000 |", rows[2], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "charts", "loadlab", "cache.load-latency.png")));
        Assert.Equal(0x89, File.ReadAllBytes(Path.Combine(Output, "charts", "loadlab", "cache.load-latency.png"))[0]);
    }

    [Fact]
    public void A_load_comparison_without_a_baseline_has_no_time_table_ratio_chart_or_summary_and_the_timed_one_keeps_them()
    {
        var page = Report(runs: 2);
        var load = Section(page, LoadExports.LoadCategory);
        var timed = Section(page, LoadExports.TimedCategory);

        foreach (var time in new[] { "Ratio [95% interval]", "| Best round |", "**Summary.**", "No baseline", "Steady", $"charts/loadlab/{LoadExports.LoadCategory}.png" })
            Assert.DoesNotContain(time, load, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Output, "charts", "loadlab", "cache.load.png")));
        Assert.Contains("Ratio [95% interval]", timed, StringComparison.Ordinal);
        Assert.Contains("**Summary.**", timed, StringComparison.Ordinal);
        // The reproducibility run's p99 beside the published run's.
        Assert.Contains("| p99, reproducibility run |", load, StringComparison.Ordinal);
        Assert.EndsWith("| 25.00 μs | 2.200 ms [2.000–2.400 ms] |", Line(load, "| Get | Quarter |"), StringComparison.Ordinal);

        // No movement, no row in the index's time table: only the timed comparison's ratio.
        var noise = JsonNode.Parse(Read("noise/run-to-run.json"))!;
        Assert.Equal([LoadExports.TimedCategory], noise["ratios"]!.AsArray().Select(r => r!["comparison"]!.GetValue<string>()));
        var index = Read("README.md");
        Assert.DoesNotContain("[cache.load](loadlab.md#cacheload) |", index, StringComparison.Ordinal);
        Assert.Contains("Latency under load (no time to rank, so not above): [loadlab: cache.load](loadlab.md#cacheload).", index, StringComparison.Ordinal);
        Assert.Contains("| [loadlab](loadlab.md) | 2 | 5 | 0 |", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_load_case_marked_as_baseline_still_gets_no_ratio()
    {
        LoadExports.WriteRun(Input, "r1", edit: (export, _) => export["Benchmarks"]![0]!["PerfLab"]!["Baseline"] = true);

        var run = ReportRun.Report(Input, Output);

        Assert.True(run.ExitCode == 0, run.Error);
        var suite = SuiteBuilder.Build(ExportLoader.Load(Input)).Single();
        var comparison = suite.Comparisons.Single(c => c.Name == LoadExports.LoadCategory);
        Assert.True(comparison.IsLoad);
        Assert.False(comparison.HasBaseline);
        Assert.All(comparison.Rows, r => Assert.Null(r.Ratio));
        Assert.All(comparison.Rows, r => Assert.False(r.Steadiness.IsAssessed));
    }

    [Fact]
    public void A_comparison_mixing_load_and_timed_cases_is_bad_input()
    {
        LoadExports.WriteRun(Input, "r1", edit: (export, _) => export["Benchmarks"]![3]!["PerfLab"]!["Categories"] = new JsonArray(LoadExports.LoadCategory));

        var run = ReportRun.Report(Input, Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("comparison cache.load mixes load cases (PerfLab.Load) with cases that have no such block (Lab.Load.CacheRead.Memory)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_on_a_load_comparison_is_bad_input()
    {
        var findings = _scratch.Combine("findings.json");
        File.WriteAllText(findings, """
            { "findings": [ { "question": "Q", "suite": "loadlab", "comparison": "cache.load", "parameters": "Load=Half",
                "technique": "Get", "versus": "Get", "meaning": "Latency grows with load.", "holdsWhen": {} } ] }
            """);
        LoadExports.WriteRun(Input, "r1");

        var run = ReportRun.Of("report", "--input", Input, "--output", Output, "--findings", findings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("finding \"Q\": cache.load is a load comparison", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_merged_runs_and_each_run_record_their_counts_in_one_shape()
    {
        var load = LoadCase().Load!;

        Assert.Equal(new LoadCounts(2000, 2000, 0, 0, 0, 5050 * 0.99), load.Counts with { AchievedRate = Math.Round(load.Counts.AchievedRate, 6) });
        Assert.Equal(new LoadCounts(1000, 1000, 0, 0, 0, 5050), load.Iterations[0].Counts);
        Assert.Equal(3, LoadCase(l => { l["Errors"] = 1; l["Timeouts"] = 2; }).Load!.Counts.Failed);
    }

    [Fact]
    public void A_load_case_has_no_regime_check_or_machine_sensitivity_even_with_regime_data()
    {
        // Every case records a million page faults per operation at 10 µs each: far above the machine-sensitivity threshold.
        var input = LoadExports.WriteRun(Input, "r1", edit: (export, round) =>
        {
            export["PerfLab"]!["Probes"] = new JsonObject { ["PageFaultMicroseconds"] = 10.0 };
            foreach (var benchmark in export["Benchmarks"]!.AsArray())
            {
                const int operations = 1000;
                benchmark!["PerfLab"]!["Regime"] = new JsonObject
                {
                    ["Iterations"] = new JsonArray(Enumerable.Range(0, 10).Select(_ => (JsonNode)new JsonObject
                    {
                        ["Operations"] = operations, ["MinorFaults"] = operations * 1_000_000L, ["MajorFaults"] = 0, ["Gen0"] = 0, ["Gen1"] = 0, ["Gen2"] = 0,
                    }).ToArray()),
                };
            }
        });

        var comparisons = SuiteBuilder.Build(ExportLoader.Load(input)).Single().Comparisons;

        var load = comparisons.Single(c => c.IsLoad).Rows.ToArray();
        Assert.All(load, r => Assert.Empty(r.Regimes));
        Assert.All(load, r => Assert.False(r.RegimeCheck.Differs));
        Assert.All(load, r => Assert.Null(r.MachineSensitivity));
        Assert.All(load, r => Assert.False(r.Steadiness.IsAssessed));
        // The timed cases of the same exports are checked.
        var timed = comparisons.Single(c => !c.IsLoad).Rows.ToArray();
        Assert.All(timed, r => Assert.NotEmpty(r.Regimes));
        Assert.All(timed, r => Assert.NotNull(r.MachineSensitivity));
    }

    [Fact]
    public void A_round_without_a_load_block_is_left_out_of_the_figures_and_the_page_says_so()
    {
        LoadExports.WriteRun(Input, "r1", edit: (export, round) =>
        {
            if (round is 2 or 4) export["Benchmarks"]![0]!["PerfLab"]!["Load"] = new JsonObject();
        });
        var run = ReportRun.Report(Input, Output);
        Assert.True(run.ExitCode == 0, run.Error);

        var row = SuiteBuilder.Build(ExportLoader.Load(Input)).Single().Comparisons.Single(c => c.IsLoad).Rows.Single(r => r.Benchmark.FullName == LoadExports.LoadName("Half"));
        Assert.Equal([1, 3, 5], row.Loads.Keys.Order());
        var section = Section(Read("loadlab.md"), LoadExports.LoadCategory);
        Assert.Contains("- ⚠ **Get [Load=Half]**: 2 rounds (2, 4) recorded no load block, so its figures are over 3 of its 5 rounds.", section, StringComparison.Ordinal);
        Assert.DoesNotContain("Load=Quarter]**", section, StringComparison.Ordinal);
    }
}
