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
    public double Movement => Math.Abs(Reproduced.Median / Published.Median - 1);
}
