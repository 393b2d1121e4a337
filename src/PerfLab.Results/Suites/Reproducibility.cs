namespace PerfLab.Results.Suites;

/// <summary>
/// How far the ratios of two independent runs of the same build differ: for every ratio of every comparison (each
/// non-baseline row with a ratio in both runs) the movement |ratio(reproducibility run) / ratio(published run) − 1|,
/// summarized by its median, 90th percentile (<see cref="Quantiles"/>, type 7) and maximum.
/// </summary>
public sealed record Reproducibility(IReadOnlyList<RatioMovement> Movements)
{
    /// <summary>The goals of the measurement protocol: median ≤ 5%, 90th percentile ≤ 15%, none beyond 30%.</summary>
    public const double MedianGoal = 0.05, P90Goal = 0.15, MaxGoal = 0.30;

    public double Median => Quantile(0.5);

    public double P90 => Quantile(0.9);

    public double Max => Movements.Count == 0 ? double.NaN : Movements.Max(m => m.Movement);

    /// <summary>
    /// The ratios left out of the max goal: those resting on a machine-sensitive case (the machine's price of a page
    /// fault is part of them), all of them when they are at most one in ten of the ratios, else none.
    /// </summary>
    public IReadOnlyList<RatioMovement> ExemptFromMax { get; } =
        Movements.Where(m => m.MachineSensitive).ToArray() is { Length: > 0 } sensitive && sensitive.Length * 10 <= Movements.Count ? sensitive : [];

    /// <summary>The largest movement the max goal judges (<see cref="ExemptFromMax"/> left out).</summary>
    public double JudgedMax => Movements.Where(m => !(m.MachineSensitive && ExemptFromMax.Count > 0))
        .Select(m => m.Movement).DefaultIfEmpty(double.NaN).Max();

    /// <summary>Ratios whose verdict (below 1, tie, above 1) differs between the two runs (<see cref="RatioMovement.VerdictChanged"/>).</summary>
    public int VerdictsChanged => Movements.Count(m => m.VerdictChanged == true);

    /// <summary>Median and p90 over every ratio; the max over all but <see cref="ExemptFromMax"/>.</summary>
    public bool MeetsGoals => Median <= MedianGoal && P90 <= P90Goal && !(JudgedMax > MaxGoal);

    private double Quantile(double p) => Quantiles.Of(Movements.Select(m => m.Movement).Order().ToArray(), p);

    /// <summary>"median 1.4%, p90 4.2%, max 6% (n = 76)".</summary>
    public string Figures => Movements.Count == 0
        ? "no ratio in both runs"
        : $"median {Formatting.Percent(Median, signed: false)}, p90 {Formatting.Percent(P90, signed: false)}, max {Formatting.Percent(Max, signed: false)} (n = {Movements.Count})";

    /// <summary>Every ratio of both runs of a suite, matched by comparison, parameters and case.</summary>
    public static Reproducibility Between(string suite, SuiteRun published, SuiteRun reproduction)
    {
        var movements = new List<RatioMovement>();
        // A load comparison has no ratios: its rows' times are load runs' durations.
        foreach (var comparison in published.Comparisons.Where(c => !c.IsLoad))
        {
            var other = reproduction.Comparisons.FirstOrDefault(c => c.Name == comparison.Name);
            if (other is null) continue;
            foreach (var group in comparison.Groups)
            {
                foreach (var row in group.Rows.Where(r => r.Ratio is not null))
                {
                    if (other.Case(row) is not { Ratio: { } reproduced } again) continue;
                    Row?[] rows = [row, again, group.Baseline, group.Baseline is { } baseline ? other.Case(baseline) : null];
                    var sensitive = rows.Any(r => r?.MachineSensitivity is not null);
                    movements.Add(new RatioMovement(suite, comparison.Name, group.ParametersText, comparison.Technique(row), row.Ratio!, reproduced, sensitive));
                }
            }
        }
        return new Reproducibility(movements);
    }
}
