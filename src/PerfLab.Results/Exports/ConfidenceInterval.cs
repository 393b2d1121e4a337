using System.Globalization;

namespace PerfLab.Results.Exports;

/// <summary>A confidence interval of the mean.</summary>
/// <param name="Level">The confidence level as a fraction, e.g. 0.999.</param>
public sealed record ConfidenceInterval(double Level, double Margin, double Lower, double Upper)
{
    /// <summary>The level as people write it: <c>99.9%</c>.</summary>
    public string LevelText => (Level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
