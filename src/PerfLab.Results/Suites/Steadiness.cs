namespace PerfLab.Results.Suites;

/// <summary>
/// Whether a case was measured at steady state: it is <b>not steady</b> when its measured iterations trend (speed up
/// or slow down, <see cref="TrendTest"/>) within a majority of its rounds. The one notion of a result's trustworthiness
/// besides its interval; how far results move between runs is the separate run-to-run figure (<see cref="Reproducibility"/>).
/// </summary>
/// <param name="Trends">The trend check of every round that had enough iterations to assess, in round order.</param>
public sealed record Steadiness(IReadOnlyList<TrendResult> Trends)
{
    public static Steadiness NotAssessed { get; } = new([]);

    public bool IsAssessed => Trends.Count > 0;

    public int TrendingRounds => Trends.Count(t => t.IsTrend);

    /// <summary>Trending in more than half of the assessed rounds.</summary>
    public bool IsSteady => TrendingRounds * 2 <= Trends.Count;

    /// <summary>The median change over the iterations of the trending rounds (negative: got faster while measured).</summary>
    public double? TypicalChange => TrendingRounds == 0 ? null : Quantiles.MedianOf(Trends.Where(t => t.IsTrend).Select(t => t.RelativeChange));

    /// <summary>Why it is not steady, e.g. "trend in 4 of 6 rounds (median −38% over the iterations)"; empty when steady.</summary>
    public string Reason => IsSteady
        ? ""
        : $"trend in {TrendingRounds} of {Trends.Count} round{(Trends.Count == 1 ? "" : "s")} (Theil-Sen line: {Formatting.Percent(TypicalChange!.Value, signed: true)} of the median over the iterations)";

    /// <summary>Each launch of each round is checked; a round trends when any of its launches does.</summary>
    public static Steadiness Of(IEnumerable<Exports.BenchmarkResult> rounds) =>
        new(rounds
            .Select(round => round.Launches.Select(l => TrendTest.Of(l.NanosecondsPerOperation)).OfType<TrendResult>().ToArray())
            .Where(trends => trends.Length > 0)
            .Select(trends => trends.FirstOrDefault(t => t.IsTrend) ?? trends[0])
            .ToArray());
}
