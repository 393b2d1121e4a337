namespace PerfLab.Compare;

/// <summary>
/// What counts as a change worth reporting: a relative <see cref="Threshold"/> (0.10 = 10%), an absolute
/// <see cref="NoiseFloorNanoseconds"/> below which a shift is never reported, and the confidence level of the
/// interval every verdict is read from.
/// </summary>
public sealed record ComparePolicy(double Threshold, double NoiseFloorNanoseconds, double ConfidenceLevel)
{
    public static ComparePolicy Default { get; } = new(Threshold: 0.10, NoiseFloorNanoseconds: 1.0, ConfidenceLevel: 0.95);

    /// <summary>Ratio (diff / base) at or above which a slowdown is large enough to report.</summary>
    public double SlowerLimit => 1 + Threshold;

    /// <summary>Ratio at or below which a speed-up is large enough to report: symmetric to <see cref="SlowerLimit"/> on a log scale.</summary>
    public double FasterLimit => 1 / (1 + Threshold);
}
