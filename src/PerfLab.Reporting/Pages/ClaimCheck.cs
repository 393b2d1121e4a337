namespace PerfLab.Reporting.Pages;

/// <summary>
/// Checks a finding's ordering claim against a run. The deciding ratio is pooled round by round like every ratio on the
/// pages: "A is the fastest" needs the runner-up ÷ A above 1, "A is the slowest" needs A ÷ the runner-up above 1,
/// "A is faster than B" needs A ÷ B below 1 — each with its whole interval (a tie does not hold; with one round, whose
/// ratio has no interval, the ratio itself decides).
/// </summary>
public static class ClaimCheck
{
    /// <summary>
    /// Why the claim fails, one reason per parameter set where it does; empty when it holds. "At every size" means every
    /// parameter set of the finding's own database engine: another engine's rows answer their own finding.
    /// </summary>
    public static IEnumerable<string> Failures(FindingClaim claim, Comparison comparison, CaseGroup group)
    {
        var engine = EngineNames.Of(group.Parameters);
        var groups = claim.AtEverySize ? comparison.Groups.Where(g => EngineNames.Of(g.Parameters) == engine).ToArray() : [group];
        foreach (var g in groups)
        {
            if (Failure(claim, comparison, g) is { } reason)
                yield return $"claim \"{claim}\" fails{(g.Parameters.Count == 0 ? "" : $" at {g.ParametersText}")}: {reason}";
        }
    }

    private static string? Failure(FindingClaim claim, Comparison comparison, CaseGroup group)
    {
        Row? Find(string name) => group.Rows.FirstOrDefault(r => comparison.Technique(r) == name);
        var subject = claim.Fastest ?? claim.Slowest ?? claim.Faster!;
        if (Find(subject) is not { } row) return $"{subject} was not measured";

        if (claim.Faster is not null)
        {
            if (Find(claim.Than!) is not { } than) return $"{claim.Than} was not measured";
            return Decide(row.RatioTo(than), below: true, $"{claim.Faster} ÷ {claim.Than}");
        }

        var others = group.Rows.Where(r => !ReferenceEquals(r, row)).ToArray();
        if (others.Length == 0) return null;
        if (claim.Fastest is not null)
        {
            var runnerUp = others.MinBy(r => r.Best)!;
            return Decide(row.RatioTo(runnerUp), below: true, $"{subject} ÷ {comparison.Technique(runnerUp)}");
        }
        var nextSlowest = others.MaxBy(r => r.Best)!;
        return Decide(row.RatioTo(nextSlowest), below: false, $"{subject} ÷ {comparison.Technique(nextSlowest)}");
    }

    /// <summary>Null when the ratio is established on the claimed side of 1, else why not.</summary>
    private static string? Decide(PooledRatio? ratio, bool below, string what)
    {
        if (ratio is null) return $"{what}: no round measured both";
        var holds = ratio.Interval is null
            ? below ? ratio.Estimate < 1 : ratio.Estimate > 1
            : below ? ratio.IsBelowOne : ratio.IsAboveOne;
        return holds ? null : $"{what} = {Formatting.PooledRatio(ratio)}{(ratio.IsTie ? "" : $", not {(below ? "below" : "above")} 1")}";
    }
}
