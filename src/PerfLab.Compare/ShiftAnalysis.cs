using System.Globalization;
using Perfolizer.Mathematics.Distributions.ContinuousDistributions;
using PerfLab.Results.Estimation;

namespace PerfLab.Compare;

/// <summary>
/// The comparison of one benchmark, base against diff, on per-launch values (one number per process launch: the
/// statistical unit is the launch, because each launch lands in its own performance state and the iterations of one
/// launch understate that).
/// </summary>
/// <param name="Ratio">Hodges-Lehmann estimate of diff / base: the median of all pairwise launch ratios.</param>
/// <param name="RatioInterval">Exact distribution-free interval for the ratio (null when the launches are too few).</param>
/// <param name="Shift">Hodges-Lehmann estimate of diff − base in the values' unit (nanoseconds unless normalized).</param>
/// <param name="Confidence">Confidence actually achieved by the intervals (the rank distribution is discrete).</param>
/// <param name="MinimumDetectableShift">
/// Relative shift these launches would detect with about 80% power: the interval's larger half-width (log scale)
/// scaled by (z(confidence) + z(0.80)) / z(confidence). Null when no interval exists.
/// </param>
public sealed record ShiftAnalysis(
    IReadOnlyList<double> BaseValues,
    IReadOnlyList<double> DiffValues,
    double BaseMedian,
    double DiffMedian,
    double Ratio,
    Bounds? RatioInterval,
    double Shift,
    Bounds? ShiftInterval,
    double? Confidence,
    double? MinimumDetectableShift,
    Verdict Verdict,
    string Reason)
{
    private const double DetectionPower = 0.80;

    /// <summary>
    /// Compares per-launch values (all positive). <paramref name="noiseFloor"/> is in the values' unit; null when the
    /// values are dimensionless (normalized to a baseline), where an absolute floor means nothing.
    /// </summary>
    public static ShiftAnalysis Analyze(IReadOnlyList<double> baseValues, IReadOnlyList<double> diffValues, ComparePolicy policy, double? noiseFloor)
    {
        if (baseValues.Count == 0 || diffValues.Count == 0) throw new ArgumentException("each side needs at least one launch");
        if (baseValues.Concat(diffValues).Any(v => !(v > 0) || double.IsInfinity(v)))
            throw new ArgumentException("launch values must be positive and finite");

        var logRatios = HodgesLehmann.PairwiseDifferences(baseValues, diffValues, (y, x) => Math.Log(y) - Math.Log(x));
        var shifts = HodgesLehmann.PairwiseDifferences(baseValues, diffValues, (y, x) => y - x);
        var ratio = Math.Exp(Quantiles.Median(logRatios));
        var shift = Quantiles.Median(shifts);
        var baseMedian = Quantiles.Median(baseValues.Order().ToArray());
        var diffMedian = Quantiles.Median(diffValues.Order().ToArray());

        var k = HodgesLehmann.CriticalCount(baseValues.Count, diffValues.Count, policy.ConfidenceLevel);
        if (k == 0)
        {
            var needed = HodgesLehmann.MinimumLaunchesPerSide(policy.ConfidenceLevel);
            return new ShiftAnalysis(baseValues, diffValues, baseMedian, diffMedian, ratio, null, shift, null, null, null, Verdict.Inconclusive,
                $"{baseValues.Count} base and {diffValues.Count} diff launches cannot separate a shift from launch-to-launch noise " +
                $"(a {CompareText.Percent(policy.ConfidenceLevel)} interval needs at least {needed} launches per side)");
        }

        var logInterval = HodgesLehmann.Interval(logRatios, k);
        var ratioInterval = new Bounds(Math.Exp(logInterval.Lower), Math.Exp(logInterval.Upper));
        var shiftInterval = HodgesLehmann.Interval(shifts, k);
        var confidence = HodgesLehmann.AchievedConfidence(baseValues.Count, diffValues.Count, k);
        var mds = MinimumDetectable(Math.Log(ratio), logInterval, confidence);

        var (verdict, reason) = Decide(policy, noiseFloor, ratio, ratioInterval, shift, shiftInterval, mds);
        return new ShiftAnalysis(baseValues, diffValues, baseMedian, diffMedian, ratio, ratioInterval, shift, shiftInterval, confidence, mds, verdict, reason);
    }

    private static (Verdict, string) Decide(ComparePolicy policy, double? floor, double ratio, Bounds ratioInterval, double shift, Bounds shiftInterval, double mds)
    {
        var clearsFloor = floor is null || Math.Abs(shift) >= floor;
        if (ratioInterval.Lower > 1 && ratio >= policy.SlowerLimit && clearsFloor)
            return (Verdict.Slower, $"slower beyond the {CompareText.Percent(policy.Threshold)} threshold; the interval excludes no change");
        if (ratioInterval.Upper < 1 && ratio <= policy.FasterLimit && clearsFloor)
            return (Verdict.Faster, $"faster beyond the {CompareText.Percent(policy.Threshold)} threshold; the interval excludes no change");
        if (ratioInterval.Lower >= policy.FasterLimit && ratioInterval.Upper <= policy.SlowerLimit)
            return (Verdict.Same, $"the whole interval lies within ±{CompareText.Percent(policy.Threshold)}");
        if (floor is not null && shiftInterval.Lower >= -floor && shiftInterval.Upper <= floor)
            return (Verdict.Same, $"the whole shift lies under the {floor.Value.ToString("0.###", CultureInfo.InvariantCulture)} ns noise floor");
        if (ratioInterval.Lower > 1 || ratioInterval.Upper < 1)
            return (Verdict.Inconclusive, floor is not null && !clearsFloor
                ? $"a real shift, but its estimate lies under the {floor.Value.ToString("0.###", CultureInfo.InvariantCulture)} ns noise floor while its interval does not"
                : $"a real shift, but the interval cannot tell whether it exceeds the {CompareText.Percent(policy.Threshold)} threshold");
        return (Verdict.Inconclusive,
            $"launch-to-launch noise hides any shift under about {CompareText.Percent(mds)}; the interval spans both no change and the {CompareText.Percent(policy.Threshold)} threshold");
    }

    private static double MinimumDetectable(double logRatio, Bounds logInterval, double confidence)
    {
        var halfWidth = Math.Max(logRatio - logInterval.Lower, logInterval.Upper - logRatio);
        var zConfidence = NormalDistribution.Standard.Quantile(1 - (1 - confidence) / 2);
        var zPower = NormalDistribution.Standard.Quantile(DetectionPower);
        return Math.Exp(halfWidth * (zConfidence + zPower) / zConfidence) - 1;
    }
}
