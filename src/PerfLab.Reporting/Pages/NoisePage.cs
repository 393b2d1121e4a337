using System.Globalization;
using System.Text.Json;

namespace PerfLab.Reporting.Pages;

/// <summary>
/// <c>noise/run-to-run.md</c> and <c>.json</c>: how far every ratio moved between each suite's published run and its
/// reproducibility run, computed from the input (never read back from an earlier report).
/// </summary>
public static class NoisePage
{
    public const string MarkdownPath = "noise/run-to-run.md";
    public const string JsonPath = "noise/run-to-run.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string RenderMarkdown(IReadOnlyList<SuiteReport> suites)
    {
        var md = new Markdown();
        md.Line("# Run-to-run reproducibility").Line();
        md.Line("Each suite was run twice, independently, on the same build: the published run and its reproducibility run, made " +
                "either right after it on the same boot (`perflab run --reproducibility`) or later on another machine or boot " +
                "(`perflab run --reproduce`, which builds the published run's commit). For every ratio of every comparison (each technique against its baseline, per parameter " +
                "set: best round ÷ best round, as the pages show it) the movement is |ratio in the reproducibility run ÷ ratio in the published run − 1|. " +
                $"Goals: median ≤ {Formatting.Percent(Reproducibility.MedianGoal, signed: false)}, 90th percentile ≤ " +
                $"{Formatting.Percent(Reproducibility.P90Goal, signed: false)}, none beyond {Formatting.Percent(Reproducibility.MaxGoal, signed: false)}, " +
                "except ratios resting on a machine-sensitive case (page faults at the machine's price are at least a tenth of its time), " +
                "which the max leaves out when they are at most one ratio in ten. " +
                "A suite reproduced on more than one boot or machine lists its earlier reproducibility runs under its latest, each " +
                "against the published run; **all suites** pools the latest pairs, and where pairs of more than one kind exist, a " +
                "row per kind pools every pair of that kind (the goals are judged on each). The ratio-by-ratio table is the latest pairs'. " +
                "**Verdicts changed** counts the ratios the two runs read differently: one run's interval below 1, above 1 or " +
                "spanning it (a tie), the other's elsewhere; a movement between two ties changes no conclusion. " +
                "[All suites](../README.md).").Line();

        var all = Overall(suites);
        var paired = suites.Where(s => s.Reproducibility is not null).ToArray();
        // Whether the two runs shared a machine, once any run records its identity (older runs do not: "unknown").
        var machines = paired.Any(s => MachineText.PairKind(s.Published, s.Reproduction!) != MachinePairKind.Unknown);
        if (machines)
        {
            md.Line("**Machines** says whether a suite's two runs ran on the same boot of one machine (equal boot ids), on another " +
                    "boot of the same machine kind (same CPU model, family and microcode: perhaps another VM of that kind), on a " +
                    "different machine, on another boot for certain (the earlier run records no machine but started before the later run's machine booted), or is unknown (a run records no machine identity). Only \"same boot\" measures this machine's " +
                    "own noise; between machines, allocation-bound cases also move with the price of a page fault. For two boots or " +
                    "machines it also gives how the probes moved (published → reproducibility run, medians over rounds), so a " +
                    "reader can see which resource got slower or faster: work bound by different resources moves apart.").Line();
        }
        string[] header = ["Suite", "Published run", "Reproducibility run", "Ratios", "Median", "p90", "Max", "Goals met", "Verdicts changed", .. machines ? new[] { "Machines" } : []];
        IReadOnlyList<string> PairRow(SuiteReport s, string label, SuiteRun run, Reproducibility r) =>
            Figures(label, r, s.Published.Id, run.Id).Concat(machines ? [MachinesCell(s.Published, run)] : []).ToArray();
        var kinds = ByKind(paired);
        md.Table(
            header,
            header.Select(h => h is "Ratios" or "Median" or "p90" or "Max").ToArray(),
            paired.SelectMany(s => s.EarlierReproductions.Reverse()
                    .Select(e => PairRow(s, $"{s.Name}, earlier", e.Run, e.Reproducibility))
                    .Prepend(PairRow(s, $"[{s.Name}](../{s.Slug}.md)", s.Reproduction!, s.Reproducibility!)))
                .Append(Figures("**all suites**", all, "", "").Concat(machines ? ["–"] : []).ToArray())
                .Concat(kinds.Count < 2 ? [] : kinds.Select(k =>
                    Figures($"**all suites, {MachineText.Describe(k.Kind)}** ({k.Pairs} pair{(k.Pairs == 1 ? "" : "s")})", k.Movements, "", "").Concat(machines ? ["–"] : []).ToArray())));

        md.Line("## Every ratio, largest movement first").Line();
        md.Table(
            ["Suite", "Comparison", "Parameters", "Technique", "Published run", "Reproducibility run", "Movement", "Verdict"],
            [false, false, false, false, true, true, true, false],
            Ordered(all).Select(m => (IReadOnlyList<string>)
            [
                m.Suite, m.Comparison, m.Parameters.Length == 0 ? "–" : m.Parameters, m.Technique + (m.MachineSensitive ? " (machine-sensitive)" : ""),
                Formatting.PooledRatio(m.Published), Formatting.PooledRatio(m.Reproduced), Formatting.Percent(m.Movement, signed: false),
                m.VerdictChanged == true ? $"**{RatioMovement.Verdict(m.Published)} → {RatioMovement.Verdict(m.Reproduced)}**" : "same",
            ]));
        return md.ToString();
    }

    /// <summary>The Machines cell: the pair's kind and, across boots or machines, how the probes moved.</summary>
    private static string MachinesCell(SuiteRun published, SuiteRun reproduction)
    {
        var kind = MachineText.PairKind(published, reproduction);
        var text = MachineText.Describe(kind);
        return kind is MachinePairKind.SameBoot or MachinePairKind.Unknown || MachineText.ProbeShift(published, reproduction) is not { } shift
            ? text
            : $"{text} ({shift})";
    }

    /// <summary>Every pair (latest and earlier) of every suite pooled by the kind of machine pair, in the kinds' order.</summary>
    private static IReadOnlyList<(MachinePairKind Kind, int Pairs, Reproducibility Movements)> ByKind(IReadOnlyList<SuiteReport> paired) =>
        paired.SelectMany(s => s.EarlierReproductions.Prepend(new ReproductionPair(s.Reproduction!, s.Reproducibility!))
                .Select(pair => (Kind: MachineText.PairKind(s.Published, pair.Run), pair.Reproducibility)))
            .GroupBy(p => p.Kind)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), new Reproducibility(g.SelectMany(p => p.Reproducibility.Movements).ToArray())))
            .ToArray();

    public static string RenderJson(IReadOnlyList<SuiteReport> suites)
    {
        var all = Overall(suites);
        object Summary(Reproducibility r) => new
        {
            ratios = r.Movements.Count, median = r.Median, p90 = r.P90, max = r.Max,
            exemptFromMax = r.ExemptFromMax.Count, judgedMax = double.IsNaN(r.JudgedMax) ? (double?)null : r.JudgedMax, meetsGoals = r.MeetsGoals,
            verdictsChanged = r.VerdictsChanged,
        };
        return JsonSerializer.Serialize(new
        {
            schema = "perflab-run-to-run/1",
            goals = new { median = Reproducibility.MedianGoal, p90 = Reproducibility.P90Goal, max = Reproducibility.MaxGoal },
            overall = Summary(all),
            suites = suites.Where(s => s.Reproducibility is not null).Select(s => new
            {
                suite = s.Name,
                publishedRun = s.Published.Id,
                reproducibilityRun = s.Reproduction!.Id,
                machines = MachineText.Describe(MachineText.PairKind(s.Published, s.Reproduction!)),
                figures = Summary(s.Reproducibility!),
                earlier = s.EarlierReproductions.Select(e => new
                {
                    reproducibilityRun = e.Run.Id,
                    machines = MachineText.Describe(MachineText.PairKind(s.Published, e.Run)),
                    figures = Summary(e.Reproducibility),
                }),
            }),
            byKind = ByKind(suites.Where(s => s.Reproducibility is not null).ToArray()).Select(k => new
            {
                machines = MachineText.Describe(k.Kind), pairs = k.Pairs, figures = Summary(k.Movements),
            }),
            ratios = Ordered(all).Select(m => new
            {
                m.Suite, m.Comparison, m.Parameters, m.Technique,
                published = m.Published.Estimate, publishedRounds = m.Published.RoundRatios,
                reproduced = m.Reproduced.Estimate, reproducedRounds = m.Reproduced.RoundRatios,
                m.Movement, m.MachineSensitive, m.VerdictChanged,
            }),
        }, JsonOptions) + "\n";
    }

    private static Reproducibility Overall(IReadOnlyList<SuiteReport> suites) =>
        new(suites.Select(s => s.Reproducibility).OfType<Reproducibility>().SelectMany(r => r.Movements).ToArray());

    private static IEnumerable<RatioMovement> Ordered(Reproducibility all) =>
        all.Movements.OrderByDescending(m => m.Movement).ThenBy(m => m.Suite, StringComparer.Ordinal).ThenBy(m => m.Comparison, StringComparer.Ordinal)
            .ThenBy(m => m.Parameters, StringComparer.Ordinal).ThenBy(m => m.Technique, StringComparer.Ordinal);

    private static IReadOnlyList<string> Figures(string name, Reproducibility r, string published, string reproduced) =>
    [
        name, published.Length == 0 ? "–" : $"`{published}`", reproduced.Length == 0 ? "–" : $"`{reproduced}`",
        r.Movements.Count.ToString(CultureInfo.InvariantCulture),
        r.Movements.Count == 0 ? "–" : Formatting.Percent(r.Median, signed: false),
        r.Movements.Count == 0 ? "–" : Formatting.Percent(r.P90, signed: false),
        r.Movements.Count == 0 ? "–" : Formatting.Percent(r.Max, signed: false),
        r.Movements.Count == 0 ? "–" : (r.MeetsGoals ? "yes" : "no") + (r.ExemptFromMax.Count == 0 ? "" : $"; {Exempt(r)}"),
        r.Movements.Count == 0 ? "–" : r.VerdictsChanged.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>"1 machine-sensitive ratio exempt from the max, 36% without it".</summary>
    private static string Exempt(Reproducibility r) =>
        $"{r.ExemptFromMax.Count} machine-sensitive ratio{(r.ExemptFromMax.Count == 1 ? "" : "s")} exempt from the max" +
        (double.IsNaN(r.JudgedMax) ? "" : $", {Formatting.Percent(r.JudgedMax, signed: false)} without {(r.ExemptFromMax.Count == 1 ? "it" : "them")}");
}
