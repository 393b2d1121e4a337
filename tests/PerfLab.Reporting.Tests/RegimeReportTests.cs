using System.Text.Json.Nodes;
using PerfLab.Reporting.Pages;
using PerfLab.Results.Exports;
using PerfLab.Results.Suites;
using PerfLab.Tests.Shared;

namespace PerfLab.Reporting.Tests;

/// <summary>
/// The regime a case was measured in (operations per iteration, gen-2 collections and page faults per operation), the
/// regime check across rounds and runs, machine-sensitive cases, and the machine's identity and probes
/// (<c>PerfLab.Machine</c>, <c>PerfLab.Probes</c>, per benchmark <c>PerfLab.Regime</c>).
/// </summary>
public sealed class RegimeReportTests : IDisposable
{
    private const string Linq = "Fixture.Demo.SumBenchmarks.Sum_Linq(Size: 100)";
    private const string ListCopy = "Fixture.Demo.SumBenchmarks.Sum_ListCopy(Size: 10000)";

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Input => _scratch.Combine("input");

    private string Output => _scratch.Combine("results");

    private string Read(string page) => File.ReadAllText(Path.Combine(Output, page));

    private string Report()
    {
        var run = ReportRun.Report(Input, Output);
        Assert.True(run.ExitCode == 0, run.Error);
        return Read("demo.md");
    }

    private static string Line(string page, string start) => page.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal));

    /// <summary>Rewrites every export of a run under <see cref="Input"/> (by run id, or all): the export and each benchmark, with its round.</summary>
    private void Edit(string? run, Action<JsonObject, int>? export = null, Action<JsonObject, int>? benchmark = null)
    {
        foreach (var file in Directory.GetFiles(Input, "*-report-full.json", SearchOption.AllDirectories))
        {
            var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var lab = json["PerfLab"]!.AsObject();
            if (run is not null && lab["Run"]!.GetValue<string>() != run) continue;
            var round = lab["Round"]!.GetValue<int>();
            export?.Invoke(json, round);
            foreach (var b in json["Benchmarks"]!.AsArray()) benchmark?.Invoke(b!.AsObject(), round);
            File.WriteAllText(file, json.ToJsonString());
        }
    }

    private static JsonNode[] Actual(JsonObject benchmark) =>
        benchmark["Measurements"] is JsonArray measurements
            ? measurements.Where(m => m!["IterationMode"]!.GetValue<string>() == "Workload" && m["IterationStage"]!.GetValue<string>() == "Actual").Select(m => m!).ToArray()
            : [];

    /// <summary>Every measured iteration of the case runs <paramref name="operations"/> operations, at the same time per operation.</summary>
    private static void SetOperations(JsonObject benchmark, long operations)
    {
        foreach (var m in Actual(benchmark))
        {
            var perOperation = m["Nanoseconds"]!.GetValue<double>() / m["Operations"]!.GetValue<long>();
            m["Operations"] = operations;
            m["Nanoseconds"] = perOperation * operations;
        }
    }

    /// <summary>The lab's per-benchmark regime block: per measured iteration its operations and <paramref name="faultsPerOperation"/> minor faults each.</summary>
    private static void SetFaults(JsonObject benchmark, double faultsPerOperation)
    {
        var iterations = new JsonArray();
        foreach (var m in Actual(benchmark))
        {
            var operations = m["Operations"]!.GetValue<long>();
            iterations.Add(new JsonObject
            {
                ["Operations"] = operations, ["MinorFaults"] = (long)Math.Round(faultsPerOperation * operations), ["MajorFaults"] = 0,
                ["Gen0"] = 0, ["Gen1"] = 0, ["Gen2"] = 0,
            });
        }
        benchmark["PerfLab"]!["Regime"] = new JsonObject { ["Iterations"] = iterations };
    }

    /// <summary>A case allocating megabytes per operation: its operations per iteration decide its regime.</summary>
    private static JsonObject AllocatingLarge(JsonObject benchmark)
    {
        benchmark["Memory"]!["BytesAllocatedPerOperation"] = 3_200_000;
        return benchmark;
    }

    private static bool Is(JsonObject benchmark, string fullName) => benchmark["FullName"]!.GetValue<string>() == fullName;

    [Fact]
    public void A_case_at_250_then_12_operations_per_iteration_is_flagged_with_its_range_on_the_page_and_in_the_index()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "r", 6);
        Edit(null, benchmark: (b, round) =>
        {
            if (Is(b, Linq)) SetOperations(AllocatingLarge(b), round <= 3 ? 250 : 12);
            else if (b["Memory"] is JsonObject) SetOperations(b, 250 + round); // one regime: a little jitter
        });

        var page = Report();

        // The fixture's 6 iterations a round are too few for the trend test: the column shows the regime alone.
        Assert.Contains("| ⚠ regime differs: ops/iteration 12–250 across rounds |", Line(page, "| Sum_Linq | 100 |"), StringComparison.Ordinal);
        Assert.Contains("| – |", Line(page, "| Sum_Linq | 10000 |"), StringComparison.Ordinal);
        Assert.Contains("Regime differs (1 of 6, see the Steady column): Sum_Linq [Size=100].", page, StringComparison.Ordinal);
        Assert.Contains("In the **Steady** column, **regime differs** marks", page, StringComparison.Ordinal);
        Assert.Contains("| Suite | Comparisons | Measured | Not steady | Regime differs | Failed |", Read("README.md"), StringComparison.Ordinal);
        Assert.Contains("| [demo](demo.md) | 2 | 8 | 0 | 1 | 1 | 6 |", Read("README.md"), StringComparison.Ordinal);
        Assert.Contains("- **Regime differs**: 1 of 8 cases", Read("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_with_0_then_358_page_faults_per_operation_is_flagged()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "r", 6);
        Edit(null, benchmark: (b, round) =>
        {
            if (Is(b, ListCopy)) SetFaults(b, round % 2 == 0 ? 358 : 0);
            else if (b["Memory"] is JsonObject) SetFaults(b, 10 + round % 3); // 10-12 faults/op: one regime
        });

        var page = Report();

        Assert.Contains("⚠ regime differs: page faults/op 0–358 across rounds", Line(page, "| Sum_ListCopy | 10000 |"), StringComparison.Ordinal);
        Assert.DoesNotContain("regime differs", Line(page, "| Sum_Linq | 10000 |"), StringComparison.Ordinal);
        Assert.Contains("| [demo](demo.md) | 2 | 8 | 0 | 1 | 1 | 6 |", Read("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_measured_in_one_regime_with_small_jitter_is_not_flagged()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "r", 6);
        Edit(null, benchmark: (b, round) =>
        {
            if (b["Memory"] is not JsonObject memory) return;
            SetOperations(b, 250 + 10 * (round % 3));
            SetFaults(b, 300 + 20 * (round % 3));
            memory["TotalOperations"] = 100;
            memory["Gen2Collections"] = 18 + round % 3;
        });

        var page = Report();

        Assert.DoesNotContain("regime differs", page, StringComparison.Ordinal);
        Assert.DoesNotContain("| Steady |", page, StringComparison.Ordinal);
        Assert.Contains("| [demo](demo.md) | 2 | 8 | 0 | 0 | 1 | 6 |", Read("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reproducibility_run_in_another_regime_flags_the_case_with_both_runs_ranges_and_its_headline_finding()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "published", 5);
        V2Exports.WriteRun(Input, Fixture.Lab, "reproduction", 5, startHour: 11);
        Edit("published", benchmark: (b, round) => { if (Is(b, Linq)) SetOperations(AllocatingLarge(b), 248 + round); });
        Edit("reproduction", benchmark: (b, _) => { if (Is(b, Linq)) SetOperations(AllocatingLarge(b), 13); });
        var findings = _scratch.Combine("findings.json");
        File.WriteAllText(findings, """
            { "findings": [ { "question": "Sum with LINQ or a loop", "suite": "demo", "comparison": "Sum", "parameters": "Size=100",
              "technique": "Sum_Linq", "versus": "Sum_ForLoop", "meaning": "LINQ costs.", "holdsWhen": { "above": 1 } } ] }
            """);

        var run = ReportRun.Of("report", "--input", Input, "--output", Output, "--findings", findings);

        Assert.True(run.ExitCode == 0, run.Error);
        var reason = "ops/iteration 249–253 in the published run, 13 in the reproducibility run";
        Assert.Contains($"⚠ regime differs: {reason}", Line(Read("demo.md"), "| Sum_Linq | 100 |"), StringComparison.Ordinal);
        var finding = Line(Read("README.md"), "| [Sum with LINQ or a loop]");
        Assert.Contains("| ⚠ **", finding, StringComparison.Ordinal);
        Assert.Contains($"**Regime differs:** Sum_Linq: {reason}. LINQ costs.", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 250.0, 251, 12 }, null, null, "ops/iteration 12–251 across rounds")]
    [InlineData(new[] { 250.0, 130 }, null, null, "")] // less than a factor of 2
    [InlineData(null, new[] { 0.2, 0.19, 0 }, null, "gen-2 GCs/op 0–0.2 across rounds")] // 0 is below any positive value
    [InlineData(null, new[] { 0.02, 0 }, null, "")] // far apart, but one collection in 50 operations either way
    [InlineData(null, new[] { 0.1, 0.16 }, null, "")] // 0.06 apart but within a factor of 2
    [InlineData(null, null, new[] { 0.0, 358 }, "page faults/op 0–358 across rounds")]
    [InlineData(null, null, new[] { 0.0, 12 }, "")] // fewer than 16 faults apart
    [InlineData(null, null, new[] { 100.0, 210 }, "page faults/op 100–210 across rounds")]
    public void The_regime_check_applies_its_thresholds(double[]? operations, double[]? gen2, double[]? faults, string reason)
    {
        var count = operations?.Length ?? gen2?.Length ?? faults!.Length;
        var rounds = Enumerable.Range(0, count)
            .Select(i => new Regime(i + 1, operations?[i], null, gen2?[i], faults?[i], 1000, null))
            .ToArray();

        var check = RegimeCheck.Of(rounds);

        Assert.True(check.IsAssessed);
        Assert.Equal(reason.Length > 0, check.Differs);
        Assert.Equal(reason, check.Reason);
    }

    /// <summary>
    /// The pilot may size a fast, small-allocating case at 39k or 97k calls from round to round (iterations of 39 and
    /// 97 ms) with no effect on what it measures; the operations rule is for cases allocating a megabyte or more per
    /// call, whose collections and fresh pages follow the iteration's size.
    /// </summary>
    [Theory]
    [InlineData(3_200_000.0, true)]
    [InlineData(1_048_576.0, true)]
    [InlineData(1_048_575.0, false)]
    [InlineData(0.0, false)]
    public void Operations_per_iteration_decide_the_regime_of_a_case_allocating_large_results(double bytesPerOperation, bool differs)
    {
        Regime Round(int round, double operations) => new(round, operations, 0, 0, null, 1000, null, bytesPerOperation);

        var check = RegimeCheck.Of([Round(1, 97_000), Round(2, 39_000), Round(3, 96_000)]);

        Assert.Equal(differs, check.Differs);
    }

    /// <summary>
    /// A round whose iterations were short (a pilot that timed cold calls: EF Core's NewContext read at 4 calls an
    /// iteration, 0.8 ms each) did not measure what the rounds at ~100 ms iterations did, whatever the case allocates.
    /// </summary>
    [Fact]
    public void Operations_per_iteration_decide_the_regime_of_any_case_with_a_short_iteration()
    {
        var check = RegimeCheck.Of([new Regime(1, 4, 0, 0, null, 800_000, null, 40_000), new Regime(2, 330, 0, 0, null, 100_000, null, 40_000)]);
        Assert.True(check.Differs);
        Assert.Equal("ops/iteration 4–330 across rounds", check.Reason);

        // The same counts in iterations of ~100 ms each are one regime's jitter in a microsecond-scale case's pilot.
        Assert.False(RegimeCheck.Of([new Regime(1, 97_000, 0, 0, null, 1_000, null, 40_000), new Regime(2, 39_000, 0, 0, null, 2_500, null, 40_000)]).Differs);
    }

    [Fact]
    public void One_round_is_not_assessed_and_nothing_recorded_is_not_a_difference()
    {
        Assert.False(RegimeCheck.Of([new Regime(1, 250, 0, 0, null, 1000, null)]).IsAssessed);
        Assert.False(RegimeCheck.Of([new Regime(1, null, null, null, null, 1000, null), new Regime(2, null, null, null, null, 1000, null)]).IsAssessed);
    }

    [Fact]
    public void Machine_sensitive_is_faults_times_the_probed_fault_cost_against_the_time_per_operation()
    {
        // 358 faults at 10.5 µs = 3.759 ms of a 4 ms operation: 94%.
        var sensitive = MachineSensitivity.Of([new Regime(1, 13, null, null, 358, 4_000_000, 10.5), new Regime(2, 13, null, null, 358, 4_000_000, 10.5)]);
        Assert.NotNull(sensitive);
        Assert.Equal(0.93975, sensitive.Share, 9);
        Assert.Equal("machine-sensitive (page faults: 358/op ≈ 94% of its time)", sensitive.Text);

        // 9 faults at 10.5 µs of a 1 ms operation: 9.45%, below a tenth.
        Assert.Null(MachineSensitivity.Of([new Regime(1, 13, null, null, 9, 1_000_000, 10.5)]));
        // No probe of the fault cost, or no fault count: unknown, not flagged.
        Assert.Null(MachineSensitivity.Of([new Regime(1, 13, null, null, 358, 4_000_000, null)]));
        Assert.Null(MachineSensitivity.Of([new Regime(1, 13, null, null, null, 4_000_000, 10.5)]));
    }

    [Fact]
    public void A_case_whose_faults_cost_most_of_its_time_on_this_machine_is_marked_machine_sensitive_on_its_page()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "r", 3,
            series: (fullName, _) => fullName == ListCopy ? Enumerable.Range(0, 20).Select(i => 4_000_000.0 * (1 + 0.001 * (i % 2))).ToArray() : null);
        Edit(null,
            export: (e, _) => e["PerfLab"]!["Probes"] = new JsonObject { ["PageFaultMicroseconds"] = 10.5 },
            benchmark: (b, _) => { if (Is(b, ListCopy)) SetFaults(b, 358); });

        var page = Report();

        Assert.Contains("| steady; machine-sensitive (page faults: 358/op ≈ 94% of its time) |", Line(page, "| Sum_ListCopy | 10000 |"), StringComparison.Ordinal);
        Assert.Contains("Machine-sensitive (1 of 6; page faults at this machine's price): Sum_ListCopy [Size=10000] (358/op ≈ 94% of its time).", page, StringComparison.Ordinal);
        Assert.Contains("In the **Steady** column, **machine-sensitive** marks", page, StringComparison.Ordinal);
        Assert.Contains("- **Machine-sensitive**: 1 of 8 cases", Read("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_reads_the_machine_the_probes_and_the_regime()
    {
        var json = V2Exports.Convert(File.ReadAllText(Path.Combine(Fixture.Lab, "Fixture.Demo.SumBenchmarks-report-full.json")), "r", 1, 1, "results", 9, null, null);
        json["PerfLab"]!["Machine"] = new JsonObject { ["Cpu"] = "AMD EPYC 7763", ["CpuFamily"] = "25", ["BootId"] = "b1", ["Gc"] = "Workstation, concurrent" };
        json["PerfLab"]!["Probes"] = new JsonObject { ["PageFaultMicroseconds"] = 10.5, ["MemoryCopyGBps"] = 9.8, ["CpuLoopNanoseconds"] = 1.2e7 };
        json["Benchmarks"]![0]!["PerfLab"]!["Regime"] = JsonNode.Parse("""
            { "Iterations": [ { "Operations": 13, "MinorFaults": 4654, "MajorFaults": 0, "Gen0": 1, "Gen1": 1, "Gen2": 0 },
                              { "Operations": 13, "MinorFaults": 4660, "MajorFaults": 1, "Gen0": 2, "Gen1": 0, "Gen2": 0 } ] }
            """);

        var export = ExportLoader.Parse(json.ToJsonString(), "x-report-full.json");

        Assert.Equal("AMD EPYC 7763", export.Lab!.Machine![PerfLab.Machine.MachineIdentity.Cpu]);
        Assert.Equal("Workstation, concurrent", export.Lab.Machine[PerfLab.Machine.MachineIdentity.Gc]);
        Assert.Equal(4, export.Lab.Machine.Count);
        Assert.Equal(10.5, export.Lab.Probes![PerfLab.Machine.MachineProbes.PageFaultMicroseconds]);
        Assert.Equal(3, export.Lab.Probes.Count);
        Assert.Equal(
            [new RegimeRecord(13, 4654, 0, 1, 1, 0), new RegimeRecord(13, 4660, 1, 2, 0, 0)],
            export.Benchmarks[0].Regime!);
        Assert.Null(export.Benchmarks[1].Regime);
        var regime = Regime.Of(1, export.Benchmarks[0], 10.5);
        Assert.Equal((4654 / 13.0 + 4660 / 13.0) / 2, regime.FaultsPerOperation!.Value, 9);
    }

    [Fact]
    public void Exports_without_the_new_blocks_load_as_before_and_their_regime_comes_from_measurements_and_memory()
    {
        var sum = ExportLoader.Load(Fixture.Lab)[1];

        Assert.Null(sum.Lab!.Machine);
        Assert.Null(sum.Lab.Probes);
        Assert.All(sum.Benchmarks, b => Assert.Null(b.Regime));
        var listCopy = sum.Benchmarks.Single(b => b.FullName == ListCopy);
        var regime = Regime.Of(1, listCopy, null);
        Assert.Equal(313, regime.OperationsPerIteration); // iterations of 311 and 315 operations in its two launches
        Assert.Equal(5 / 315.0, regime.Gen0PerOperation!.Value, 12);
        Assert.Equal(0, regime.Gen2PerOperation);
        Assert.Null(regime.FaultsPerOperation);
        Assert.Null(regime.FaultShare);
    }

    private static JsonObject Machine(string boot, string cpu = "AMD EPYC 7763", string microcode = "0xa0011d1") => new()
    {
        ["Cpu"] = cpu, ["CpuFamily"] = "25", ["CpuModel"] = "1", ["CpuStepping"] = "1", ["Microcode"] = microcode, ["CacheL2"] = "512 KiB",
        ["CacheL3"] = "32 MiB", ["Memory"] = "8 GiB", ["Kernel"] = "6.8.0-1017-azure", ["BootId"] = boot, ["Hypervisor"] = "Microsoft",
        ["TransparentHugePages"] = "madvise", ["Gc"] = "Workstation, concurrent",
    };

    [Theory]
    [InlineData("b1", "AMD EPYC 7763", "0xa0011d1", "same boot")]
    [InlineData("b2", "AMD EPYC 7763", "0xa0011d1", "same machine kind, other boot")]
    [InlineData("b2", "AMD EPYC 7763", "0xa0011d2", "different machine")]
    [InlineData("b2", "Intel Xeon Platinum 8370C", "0xa0011d1", "different machine")]
    public void The_noise_page_says_whether_the_two_runs_shared_a_boot_or_a_machine_kind(string boot, string cpu, string microcode, string kind)
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "published", 2);
        V2Exports.WriteRun(Input, Fixture.Lab, "reproduction", 2, startHour: 11);
        Edit("published", export: (e, _) => e["PerfLab"]!["Machine"] = Machine("b1"));
        Edit("reproduction", export: (e, _) => e["PerfLab"]!["Machine"] = Machine(boot, cpu, microcode));

        var suite = SuiteBuilder.Build(ExportLoader.Load(Input)).Single();
        Assert.Equal(kind, MachineText.Describe(MachineText.PairKind(suite.Published, suite.Reproduction!)));

        Report();
        Assert.Contains($"| 5 | 0% | 0% | 0% | yes | 0 | {kind} |", Read("noise/run-to-run.md"), StringComparison.Ordinal);
        Assert.Contains($"(against the published run: {kind})", Line(Read("demo.md"), "- **Machine, reproducibility run**:"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-27T10:30:00Z", "other boot (the earlier run recorded no machine)")]
    [InlineData("2026-11-27T09:00:30Z", "unknown")] // the published run's later rounds started after that boot: no proof of another boot
    public void A_published_run_without_a_machine_is_on_another_boot_when_it_started_before_the_reproductions_machine_booted(string booted, string kind)
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "published", 2);
        V2Exports.WriteRun(Input, Fixture.Lab, "reproduction", 2, startHour: 11);
        Edit("reproduction", export: (e, _) => e["PerfLab"]!["Machine"] = new JsonObject { ["BootId"] = "b2", ["BootTime"] = booted });

        var suite = SuiteBuilder.Build(ExportLoader.Load(Input)).Single();
        Assert.Equal(kind, MachineText.Describe(MachineText.PairKind(suite.Published, suite.Reproduction!)));
    }

    [Fact]
    public void The_placement_each_server_case_read_back_is_one_line_of_the_environment()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "published", 2);
        Edit("published", benchmark: (b, _) =>
        {
            if (b["FullName"]!.GetValue<string>() == ListCopy)
                b["PerfLab"]!["Placement"] = new JsonObject { ["Mode"] = "split", ["Server"] = "PostgreSQL", ["Benchmark"] = "0", ["ServerCpus"] = "1" };
        });

        var page = Report();
        Assert.Equal("- **Placement**: PostgreSQL cases: split, benchmark process on CPU 0, server on CPU 1 (2 case run(s)) (read back from the kernel by each case process)",
            Line(page, "- **Placement**:"));
    }

    [Fact]
    public void Runs_without_a_machine_identity_are_an_unknown_pair_and_the_noise_page_keeps_its_columns()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "published", 2);
        V2Exports.WriteRun(Input, Fixture.Lab, "reproduction", 2, startHour: 11);

        var suite = SuiteBuilder.Build(ExportLoader.Load(Input)).Single();
        Assert.Equal(MachinePairKind.Unknown, MachineText.PairKind(suite.Published, suite.Reproduction!));

        var page = Report();
        Assert.Contains("| Suite | Published run | Reproducibility run | Ratios | Median | p90 | Max | Goals met | Verdicts changed |\n", Read("noise/run-to-run.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("**Machine,", page, StringComparison.Ordinal);
        Assert.DoesNotContain("**Probes,", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_lists_each_runs_machine_in_one_line_and_its_probes_as_median_and_range_over_rounds()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "published", 3);
        double[] faultCosts = [10.5, 10, 12];
        Edit("published", export: (e, round) =>
        {
            e["PerfLab"]!["Machine"] = Machine("b1");
            e["PerfLab"]!["Probes"] = new JsonObject
            {
                ["CpuLoopNanoseconds"] = 12_000_000.0 + round * 100_000, ["MemoryCopyGBps"] = 9.8,
                ["PageFaultMicroseconds"] = faultCosts[round - 1], ["FsyncMicroseconds"] = 1200.0,
            };
        });

        var page = Report();

        Assert.Contains(
            "- **Machine, published run**: AMD EPYC 7763 (family 25, model 1, stepping 1, microcode 0xa0011d1); L2 512 KiB, L3 32 MiB; memory 8 GiB; " +
            "kernel 6.8.0-1017-azure; hypervisor Microsoft; transparent huge pages madvise; GC Workstation, concurrent; boot b1\n", page, StringComparison.Ordinal);
        Assert.Contains(
            "- **Probes, published run**: CPU loop 12.20 ms [12.10–12.30 ms]; memory copy 9.800 GB/s; " +
            "first-touch page fault 10.50 μs [10.00–12.00 μs]; write + fsync 1.200 ms (median of 3 rounds [min–max])\n", page, StringComparison.Ordinal);
        Assert.Contains("- **demo, machine**: published run: AMD EPYC 7763", Read("README.md"), StringComparison.Ordinal);
    }

    /// <summary>Across machines the noise page says how each probe moved, so a reader sees which resource got slower.</summary>
    [Fact]
    public void Across_machines_the_noise_page_gives_each_probe_of_both_runs()
    {
        V2Exports.WriteRun(Input, Fixture.Lab, "published", 2);
        V2Exports.WriteRun(Input, Fixture.Lab, "reproduction", 2, startHour: 11);
        static JsonObject Probes(double loop, double copy, double fault, double fsync) => new()
        {
            ["CpuLoopNanoseconds"] = loop, ["MemoryCopyGBps"] = copy, ["PageFaultMicroseconds"] = fault, ["FsyncMicroseconds"] = fsync,
        };
        Edit("published", export: (e, _) => { e["PerfLab"]!["Machine"] = Machine("b1"); e["PerfLab"]!["Probes"] = Probes(0.283, 16.44, 10.62, 109.2); });
        Edit("reproduction", export: (e, _) => { e["PerfLab"]!["Machine"] = Machine("b2", "AMD EPYC 7551"); e["PerfLab"]!["Probes"] = Probes(0.805, 9.24, 1.684, 162.5); });

        Report();
        Assert.Contains("| different machine (CPU loop 0.283 → 0.805 ns; memory copy 16.44 → 9.240 GB/s; first-touch page fault 10.62 → 1.684 μs; " +
            "write + fsync 109.2 → 162.5 μs) |", Read("noise/run-to-run.md"), StringComparison.Ordinal);
    }
}
