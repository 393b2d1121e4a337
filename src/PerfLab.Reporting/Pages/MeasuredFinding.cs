namespace PerfLab.Reporting.Pages;

/// <summary>
/// A headline finding checked against the run: its ratio in the published run and, when there is one, in the
/// reproducibility run; or why it could not be measured.
/// </summary>
/// <param name="Comparison">Null when the run did not measure it (see <paramref name="NotMeasured"/>).</param>
/// <param name="Ratio">Technique ÷ versus pooled over the published run's rounds, as the pages' Ratio column.</param>
/// <param name="ReproducedRatio">The same ratio in the reproducibility run; null without one.</param>
/// <param name="NotMeasured">Why the run has no ratio for it (e.g. its rows were skipped); null when measured.</param>
/// <param name="FailedClaims">The ordering claims the published run contradicts, each with the reason.</param>
public sealed record MeasuredFinding(
    FindingSpec Spec,
    SuiteReport Suite,
    Comparison? Comparison,
    Row? Technique,
    Row? Versus,
    PooledRatio? Ratio,
    PooledRatio? ReproducedRatio,
    string? NotMeasured,
    IReadOnlyList<string> FailedClaims)
{
    public static MeasuredFinding Unmeasured(FindingSpec spec, SuiteReport suite, Comparison? comparison, string reason) =>
        new(spec, suite, comparison, null, null, null, null, reason, []);

    /// <summary>How far the ratio moved in the reproducibility run, relative to the published one.</summary>
    public double? RatioMovement => ReproducedRatio is { } other && Ratio is { } ratio ? other.Estimate / ratio.Estimate - 1 : null;

    /// <summary>A dry run's single iterations say nothing about the ratio: its findings are shown, never checked.</summary>
    public bool IsDryRun => Technique?.IsDryRun == true || Versus?.IsDryRun == true;

    /// <summary>The published ratio lies where the meaning was written for it.</summary>
    public bool RatioHolds => IsDryRun || Ratio is not { } ratio || Spec.HoldsWhen.Contains(ratio.Estimate);

    /// <summary>The meaning stands against the published run: ratio in range and every claim holding (unmeasured findings are not judged).</summary>
    public bool Holds => RatioHolds && FailedClaims.Count == 0;

    public bool HoldsInReproduction => IsDryRun || ReproducedRatio is not { } other || Spec.HoldsWhen.Contains(other.Estimate);

    /// <summary>Either row is not steady: the ratio inherits that.</summary>
    public bool IsNotSteady => Technique?.Steadiness.IsSteady == false || Versus?.Steadiness.IsSteady == false;

    /// <summary>Either row was measured in different regimes between rounds or runs (<see cref="RegimeCheck"/>): the ratio mixes them.</summary>
    public bool RegimeDiffers => Technique?.RegimeCheck.Differs == true || Versus?.RegimeCheck.Differs == true;

    /// <summary>Why, per row whose regime differs: "Technique: ops/iteration 13–281 across rounds"; empty when none.</summary>
    public IReadOnlyList<string> RegimeReasons =>
        new[] { (Name: Spec.Technique, Row: Technique), (Name: Spec.Versus, Row: Versus) }
            .Where(r => r.Row?.RegimeCheck.Differs == true)
            .Select(r => $"{r.Name}: {r.Row!.RegimeCheck.Reason}")
            .ToArray();
}
