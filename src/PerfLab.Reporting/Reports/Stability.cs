using System.Globalization;
using Perfolizer.Mathematics.Multimodality;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Reports;

/// <summary>
/// Whether one benchmark's number can be taken at face value. It cannot when its iterations form two or more modes
/// (bimodal: the median is a mix of two behaviours), when its confidence interval is wide (this run did not pin the
/// mean down), or when a second run of the same build measured it elsewhere (the machine, not the code, moved it).
/// </summary>
/// <param name="MValue">Brendan Gregg's mvalue of the measured iterations (Perfolizer, as BenchmarkDotNet's MValue column); null with too few iterations.</param>
/// <param name="RelativeMargin">The confidence interval's half-width over the mean; null when the export has none.</param>
/// <param name="Movement">The other run's median over this run's, minus 1; null without a second run.</param>
public sealed record Stability(double? MValue, double? RelativeMargin, double? Movement)
{
    /// <summary>The lab's threshold, as <c>compare --threshold</c>'s default: a wider interval or a larger move than this is flagged.</summary>
    public const double Threshold = 0.10;

    /// <summary>BenchmarkDotNet's own cut-off: from an mvalue of 3.2 it reports "bimodal", below 2.8 nothing.</summary>
    public const double BimodalMValue = 3.2;

    /// <summary>Fewer iterations than this (a dry run) are not assessed: nothing about them is stable.</summary>
    public const int MinimumIterations = 3;

    public static Stability NotAssessed { get; } = new(null, null, null);

    public bool IsAssessed => MValue is not null || RelativeMargin is not null || Movement is not null;

    public bool IsBimodal => MValue >= BimodalMValue;

    public bool IsWide => RelativeMargin > Threshold;

    public bool Moved => Movement is { } movement && Math.Abs(movement) > Threshold;

    public bool IsStable => !IsBimodal && !IsWide && !Moved;

    /// <summary>Why the number is unstable, shortest first; empty when it is stable.</summary>
    public IReadOnlyList<string> Reasons
    {
        get
        {
            var reasons = new List<string>();
            if (Moved) reasons.Add($"moved {Percent(Movement!.Value, signed: true)} in the other run");
            if (IsWide) reasons.Add($"CI ±{Percent(RelativeMargin!.Value, signed: false)} of the mean");
            if (IsBimodal) reasons.Add($"bimodal (mvalue {MValue!.Value.ToString("0.0", CultureInfo.InvariantCulture)})");
            return reasons;
        }
    }

    /// <param name="movement">From <see cref="RunToRun.Movement"/>, when there is a second run.</param>
    public static Stability Of(BenchmarkStatistics statistics, double? movement)
    {
        if (statistics.N < MinimumIterations) return NotAssessed;
        double? mValue = statistics.OriginalValues.Count >= MinimumIterations ? MValueCalculator.Calculate(statistics.OriginalValues) : null;
        double? margin = statistics.ConfidenceInterval is { Margin: var m } && double.IsFinite(m) && statistics.Mean > 0 ? m / statistics.Mean : null;
        return new Stability(mValue, margin, movement);
    }

    public static string Percent(double fraction, bool signed)
    {
        var text = Math.Abs(fraction * 100).ToString(Math.Abs(fraction) < 0.095 ? "0.#" : "0", CultureInfo.InvariantCulture);
        return (!signed || text == "0" ? "" : fraction < 0 ? "−" : "+") + text + "%";
    }
}
