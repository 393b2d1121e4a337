using PerfLab.Machine;

namespace PerfLab.Results.Suites;

/// <summary>Turns loaded exports into <see cref="SuiteReport"/>s: suites, runs, rounds, comparisons, pooled ratios.</summary>
public static class SuiteBuilder
{
    /// <summary>
    /// Groups exports by suite (ordinal by suite slug), then by the engine a run was limited to (a part), by run (the
    /// lab's run id) and round. The earliest-starting run of a part is published, the latest its reproducibility run,
    /// any between earlier ones (<see cref="SuiteReport.EarlierReproductions"/>). Throws <see cref="BadInputException"/>
    /// for an export with no measured benchmark.
    /// </summary>
    public static IReadOnlyList<SuiteReport> Build(IReadOnlyList<BenchmarkExport> exports)
    {
        foreach (var export in exports)
        {
            if (export.Benchmarks.Count == 0)
                throw new BadInputException($"{export.SourcePath}: the export contains no benchmarks");
            if (export.Benchmarks.All(b => b.Failed))
            {
                var names = string.Join(", ", export.Benchmarks.Select(b => b.FullName).Take(3)) + (export.Benchmarks.Count > 3 ? ", ..." : "");
                throw new BadInputException($"{export.SourcePath}: every benchmark failed, nothing was measured ({names})");
            }
        }

        return exports
            .GroupBy(e => Formatting.Slug(e.Suite), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => BuildSuite(g.Key, g.ToArray()))
            .ToArray();
    }

    private static SuiteReport BuildSuite(string slug, IReadOnlyList<BenchmarkExport> exports)
    {
        var name = exports.Select(e => e.Suite).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).First();
        // A suite may publish each engine's rows (--engine) or each set of its comparisons (--part) as a run of their own:
        // a part, re-measured without the others; each part pairs its own published and reproducibility runs.
        var parts = exports
            .GroupBy(PartOf, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(RunsInOrder)
            .ToArray();

        // A ratio's movement between two runs means something only between runs of one protocol, and a run is one protocol.
        var runs = parts.SelectMany(p => p).ToArray();
        var profiles = runs.Select(r => r.Select(e => e.Lab?.Profile ?? "stock").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()).ToArray();
        if (profiles.Any(p => p.Length > 1) || profiles.Select(p => p[0]).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new BadInputException(
                $"suite {name}: its runs mix profiles ({string.Join("; ", runs.Select((r, i) => $"{(r[0].RunId.Length == 0 ? "(no run id)" : r[0].RunId)}: {string.Join("+", profiles[i])}"))}); " +
                "report runs of one profile together");
        }

        var published = Merge(name, parts.Select(p => p[0]).ToArray());
        // A part's latest later run is its reproducibility run; the ones between (kept by --reproduce because they ran on
        // other boots) are earlier reproducibility runs, merged across parts by the boot they ran on.
        var latest = parts.Where(p => p.Length >= 2).Select(p => p[^1]).ToArray();
        var reproduction = latest.Length == 0 ? null : Merge(name, latest);
        var earlier = parts.SelectMany(p => p.Skip(1).SkipLast(1))
            .GroupBy(run => BootOf(run) ?? run[0].RunId, StringComparer.Ordinal)
            .OrderBy(g => StartOf(g.SelectMany(run => run)), StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Merge(name, g.ToArray()))
            .ToArray();
        if (reproduction is not null)
        {
            // A case's regime is checked over both runs: a reproducibility run in another regime did not repeat the measurement.
            (published, reproduction) = (CheckRegimes(published, published, reproduction), CheckRegimes(reproduction, published, reproduction));
        }
        return new SuiteReport(name, slug, published, reproduction, reproduction is null ? null : Reproducibility.Between(name, published, reproduction))
        {
            EarlierReproductions = earlier.Select(run => new ReproductionPair(run, Reproducibility.Between(name, published, run))).ToArray(),
        };
    }

    /// <summary>The boot a run ran on: the boot id its exports' machine identity records, when they record one and agree on it.</summary>
    public static string? BootOf(IReadOnlyList<BenchmarkExport> run) =>
        run.Select(e => e.Lab?.Machine?.GetValueOrDefault(MachineIdentity.BootId)).OfType<string>().Distinct(StringComparer.Ordinal).ToArray() is [var boot] ? boot : null;

    /// <summary>When a run (or runs) started: the earliest start its exports record, "" when none does.</summary>
    private static string StartOf(IEnumerable<BenchmarkExport> exports) =>
        exports.Select(e => e.StartedUtc).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault() ?? "";

    /// <summary><paramref name="run"/> with every row's regime checked over its rounds in both runs.</summary>
    private static SuiteRun CheckRegimes(SuiteRun run, SuiteRun published, SuiteRun reproduction) => run with
    {
        Comparisons = run.Comparisons.Select(comparison =>
        {
            var inPublished = published.Comparisons.FirstOrDefault(c => c.Name == comparison.Name);
            var inReproduction = reproduction.Comparisons.FirstOrDefault(c => c.Name == comparison.Name);
            return comparison with
            {
                Groups = comparison.Groups.Select(group =>
                {
                    var rows = group.Rows.Select(row => row with
                    {
                        RegimeCheck = RegimeCheck.Of(inPublished?.Case(row)?.Regimes ?? [], inReproduction?.Case(row)?.Regimes ?? []),
                    }).ToArray();
                    return group with { Rows = rows, Baseline = rows.FirstOrDefault(r => r.IsBaseline) };
                }).ToArray(),
            };
        }).ToArray(),
    };

    /// <summary>
    /// The part a run's export belongs to: the engine the run was limited to (<c>--engine</c>) and the part of the suite
    /// (<c>--part</c>), e.g. "PostgreSQL", "PostgreSQL/by-id", "/by-id"; "" for a run of every case.
    /// </summary>
    public static string PartOf(BenchmarkExport export) => PartKey(export.Lab?.Engine, export.Lab?.Part);

    /// <summary>The key <see cref="PartOf"/> gives a run limited to <paramref name="engine"/> and <paramref name="part"/> (either may be null).</summary>
    public static string PartKey(string? engine, string? part) => part is null ? engine ?? "" : $"{engine}/{part}";

    /// <summary>A part key as a reader names it: "PostgreSQL", "PostgreSQL, part by-id", "part by-id", "a run of every case".</summary>
    public static string DescribePart(string key)
    {
        var slash = key.IndexOf('/');
        var (engine, part) = slash < 0 ? (key, "") : (key[..slash], key[(slash + 1)..]);
        return (engine.Length, part.Length) switch
        {
            (0, 0) => "a run of every case",
            (_, 0) => engine,
            (0, _) => $"part {part}",
            _ => $"{engine}, part {part}",
        };
    }

    /// <summary>
    /// The exports of one part grouped by run, earliest-starting first: the first is the published run, the last its
    /// reproducibility run, any between earlier reproducibility runs (how the report pairs them, and how
    /// <c>perflab run --reproduce</c> finds the run it repeats).
    /// </summary>
    public static BenchmarkExport[][] RunsInOrder(IEnumerable<BenchmarkExport> exports) => exports
        .GroupBy(e => e.RunId, StringComparer.Ordinal)
        .Select(g => g.ToArray())
        .OrderBy(g => StartOf(g), StringComparer.Ordinal)
        .ThenBy(g => g.Min(e => e.RunDate ?? DateTime.MaxValue))
        .ThenBy(g => g[0].RunId, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The runs of a suite's parts as one run for the page: their cases side by side (a case may be in one part only),
    /// each part kept in <see cref="SuiteRun.Parts"/> for its own run id, rounds and duration.
    /// </summary>
    private static SuiteRun Merge(string suite, IReadOnlyList<BenchmarkExport[]> runs)
    {
        if (runs.Count == 1) return BuildRun(runs[0]);
        var owner = new Dictionary<(string, string), string>();
        foreach (var run in runs)
        {
            foreach (var benchmark in run.SelectMany(e => e.Benchmarks))
            {
                var key = (benchmark.FullName, benchmark.JobIdentity);
                if (owner.TryGetValue(key, out var other) && other != run[0].RunId)
                {
                    throw new BadInputException(
                        $"suite {suite}: {benchmark.FullName} is in two runs published side by side ({other}, {run[0].RunId}); " +
                        "a run limited to one engine or part (--engine, --part) replaces those rows only, so give each case in one of them");
                }
                owner[key] = run[0].RunId;
            }
        }
        var parts = runs.Select(BuildRun).ToArray();
        return BuildRun(runs.SelectMany(r => r).ToArray()) with { Id = string.Join(" + ", parts.Select(p => p.Id)), Parts = parts };
    }

    private static SuiteRun BuildRun(IReadOnlyList<BenchmarkExport> exports)
    {
        // A case measured twice in one round (repeated runs into one folder, older exports without run ids): the newest wins.
        var newestFirst = exports
            .OrderByDescending(e => e.RunDate ?? DateTime.MinValue)
            .ThenByDescending(e => e.SourcePath, StringComparer.Ordinal)
            .ToArray();
        var kept = new List<(int Round, BenchmarkResult Benchmark)>();
        var faultCost = new Dictionary<BenchmarkResult, double?>(ReferenceEqualityComparer.Instance);
        var superseded = new List<BenchmarkResult>();
        var used = new HashSet<BenchmarkExport>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<(string, string, int)>();
        foreach (var export in newestFirst)
        {
            foreach (var benchmark in export.Benchmarks)
            {
                if (!seen.Add((benchmark.FullName, benchmark.JobIdentity, export.Round)))
                {
                    superseded.Add(benchmark);
                    continue;
                }
                kept.Add((export.Round, benchmark));
                faultCost[benchmark] = export.Lab?.Probes?.GetValueOrDefault(MachineProbes.PageFaultMicroseconds) is { } cost && cost > 0 ? cost : null;
                used.Add(export);
            }
        }

        var cases = kept
            .GroupBy(k => (k.Benchmark.FullName, k.Benchmark.JobIdentity))
            .Select(g => g.OrderBy(k => k.Round).ToArray())
            .ToArray();
        var hasCategories = kept.Any(k => k.Benchmark.Categories is { Count: > 0 });
        var comparisons = cases
            .GroupBy(c => ComparisonName(Representative(c), hasCategories), StringComparer.Ordinal)
            .Select(g => BuildComparison(g.Key, hasCategories, g.ToArray(), b => faultCost.GetValueOrDefault(b)))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();
        // A load case's time is a load run's duration: beside timed cases it would be ranked and divided as a time.
        if (comparisons.FirstOrDefault(c => c.IsLoad && c.Rows.Any(r => !r.IsLoad)) is { } mixed)
        {
            throw new BadInputException(
                $"suite {exports[0].Suite}: comparison {mixed.Name} mixes load cases ({ExportLoader.LabBlock}.Load) with cases that have no such block " +
                $"({string.Join(", ", mixed.Rows.Where(r => !r.IsLoad).Select(r => r.Benchmark.FullName).Take(3))}); a load case must record its block in " +
                "every export, and timed cases need a category of their own");
        }

        return new SuiteRun(
            exports[0].RunId,
            exports.Where(used.Contains).ToArray(),
            exports.Select(e => e.Round).Distinct().Order().ToArray(),
            UniqueSlugs(comparisons),
            superseded.OrderBy(b => b.FullName, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The case as its first measured round recorded it (its first round when it never produced a result).</summary>
    private static BenchmarkResult Representative(IReadOnlyList<(int Round, BenchmarkResult Benchmark)> rounds) =>
        rounds.FirstOrDefault(r => !r.Benchmark.Failed).Benchmark ?? rounds[0].Benchmark;

    /// <summary>A benchmark's comparison: its categories (joined, as BenchmarkDotNet's ByCategory rule does), else its type.</summary>
    private static string ComparisonName(BenchmarkResult benchmark, bool hasCategories) =>
        hasCategories && benchmark.Categories is { Count: > 0 } categories ? string.Join(", ", categories) : benchmark.Type;

    /// <param name="faultCost">A result's round's probe of one page fault (µs), null when not measured.</param>
    private static Comparison BuildComparison(string name, bool isCategory, IReadOnlyList<(int Round, BenchmarkResult Benchmark)[]> cases, Func<BenchmarkResult, double?> faultCost)
    {
        var measured = cases.Where(c => c.Any(r => !r.Benchmark.Failed)).ToArray();
        var groups = measured
            .GroupBy(c => Representative(c).ParametersText, StringComparer.Ordinal)
            .Select(g => BuildGroup(g.ToArray(), faultCost))
            .Order(ParameterOrder.Instance)
            .ToArray();
        var failed = cases
            .Except(measured)
            .Select(c => new Row(Representative(c), Representative(c).Baseline == true, new Dictionary<int, double>(), double.NaN, null, null, Steadiness.NotAssessed, 0))
            .OrderBy(r => r.Benchmark.FullName, StringComparer.Ordinal)
            .ToArray();
        return new Comparison(name, Formatting.Slug(name), isCategory, groups, failed);
    }

    private static CaseGroup BuildGroup(IReadOnlyList<(int Round, BenchmarkResult Benchmark)[]> cases, Func<BenchmarkResult, double?> faultCost)
    {
        var values = cases.Select(c => c
                .Where(r => !r.Benchmark.Failed && r.Benchmark.RoundValue > 0)
                .ToDictionary(r => r.Round, r => r.Benchmark.RoundValue))
            .ToArray();

        // A load case's rounds, its load runs' blocks. None of the time checks applies to it: its time is a load run's
        // duration, mostly spent waiting for the schedule, so it is divided by nothing (no ratio), not trend-tested
        // (Steadiness), and has no regime: operations per iteration (one load run), collections and page faults per
        // operation (per load run) and their share of its time (MachineSensitivity) say nothing about its latencies.
        var loads = cases.Select(c => c
                .Where(r => !r.Benchmark.Failed && r.Benchmark.Load is not null)
                .ToDictionary(r => r.Round, r => r.Benchmark.Load!))
            .ToArray();
        var isLoad = loads.Any(l => l.Count > 0);

        // Exactly one lab-marked baseline makes a baseline; none (stock export) or an ambiguous several make none.
        var baselines = cases.Select((c, i) => (Case: c, Index: i)).Where(c => Representative(c.Case).Baseline == true).ToArray();
        var baseline = baselines.Length == 1 && !isLoad ? baselines[0].Index : -1;

        var rows = cases.Select((c, i) =>
            {
                var benchmark = Representative(c);
                var measuredRounds = c.Where(r => !r.Benchmark.Failed).Select(r => r.Benchmark).ToArray();
                var ratio = baseline < 0 || i == baseline ? null : PooledRatio.Between(values[i], values[baseline]);
                var allocated = benchmark.Memory?.BytesAllocatedPerOperation;
                var baselineAllocated = baseline < 0 ? null : Representative(cases[baseline]).Memory?.BytesAllocatedPerOperation;
                double? allocationRatio = allocated is { } a && baselineAllocated is { } b && b > 0 ? (double)a / b : null;
                Regime[] regimes = isLoad ? NoRegimeForLoad : c.Where(r => !r.Benchmark.Failed).Select(r => Regime.Of(r.Round, r.Benchmark, faultCost(r.Benchmark))).ToArray();
                return new Row(
                    benchmark,
                    i == baseline,
                    values[i],
                    values[i].Count == 0 ? double.NaN : PooledRatio.BestOf(values[i].Values),
                    ratio,
                    allocationRatio,
                    isLoad ? Steadiness.NotAssessed : Steadiness.Of(measuredRounds),
                    measuredRounds.Min(r => r.Statistics!.N)) { Regimes = regimes, RegimeCheck = RegimeCheck.Of(regimes), Loads = loads[i] };
            })
            .OrderBy(r => r.Best)
            .ThenBy(r => r.Benchmark.FullName, StringComparer.Ordinal)
            .ToArray();
        return new CaseGroup(rows[0].Benchmark.Parameters, rows, rows.FirstOrDefault(r => r.IsBaseline));
    }

    /// <summary>A load case's regimes: none (see BuildGroup), so its regime check and machine sensitivity are not assessed.</summary>
    private static readonly Regime[] NoRegimeForLoad = [];

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
