namespace PerfLab.Results.Estimation;

/// <summary>The trend check of one series of measured iterations (see <see cref="TrendTest"/>).</summary>
/// <param name="Z">Mann-Kendall's standardized statistic (negative: getting faster).</param>
/// <param name="RelativeChange">Theil-Sen slope × (n − 1) over the series' median: how much the fitted line moves over the series.</param>
/// <param name="IsTrend">Both significant and large enough to matter.</param>
public sealed record TrendResult(int Count, double Z, double RelativeChange, bool IsTrend);
