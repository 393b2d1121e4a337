namespace PerfLab.Results.Suites;

/// <summary>One ratio measured in both runs of a suite.</summary>
public sealed record RatioMovement(string Suite, string Comparison, string Parameters, string Technique, PooledRatio Published, PooledRatio Reproduced)
{
    /// <summary>|reproduced / published − 1|.</summary>
    public double Movement => Math.Abs(Reproduced.Median / Published.Median - 1);
}
