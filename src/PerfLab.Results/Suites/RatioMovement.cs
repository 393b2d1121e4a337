namespace PerfLab.Results.Suites;

/// <summary>One ratio measured in both runs of a suite.</summary>
/// <param name="MachineSensitive">
/// The technique or its baseline is <see cref="Suites.MachineSensitivity">machine-sensitive</see> in either run: the
/// ratio carries the machine's price of a page fault.
/// </param>
public sealed record RatioMovement(string Suite, string Comparison, string Parameters, string Technique, PooledRatio Published, PooledRatio Reproduced,
    bool MachineSensitive = false)
{
    /// <summary>|reproduced / published − 1|.</summary>
    public double Movement => Math.Abs(Reproduced.Estimate / Published.Estimate - 1);

    /// <summary>
    /// The two runs draw different conclusions from the ratio: one run's interval lies below 1, above 1 or spans it (a
    /// tie), the other's elsewhere. What a reader acts on; null when either ratio has no interval.
    /// </summary>
    public bool? VerdictChanged => Verdict(Published) is { } published && Verdict(Reproduced) is { } reproduced ? published != reproduced : null;

    /// <summary>"below 1", "tie" or "above 1", by the ratio's interval; null without one.</summary>
    public static string? Verdict(PooledRatio ratio) =>
        ratio.Interval is null ? null : ratio.IsTie ? "tie" : ratio.IsBelowOne ? "below 1" : "above 1";
}
