using System.Globalization;
using ScottPlot;

namespace PerfLab.Reporting.Charts;

/// <summary>
/// Renders a comparison's charts as PNG bytes with ScottPlot: a bar chart of best-round times, and a log-log scaling
/// chart when the comparison has a size-like numeric parameter. Rendering is deterministic: same data, same bytes.
/// </summary>
public static class ChartRenderer
{
    /// <summary>When the slowest median is at least this many times the fastest, the bar chart's axis is logarithmic.</summary>
    public const double LogScaleSpan = 100;

    private const int Width = 900;
    private static readonly Color BaselineColor = Color.FromHex("#7f7f7f");
    private static readonly Color BarColor = Color.FromHex("#1f77b4");
    private static readonly Color TieColor = Color.FromHex("#aec7e8");
    private static readonly Color WhiskerColor = Color.FromHex("#000000");

    /// <summary>
    /// Horizontal bars, one per measured case in page order (fastest first within each parameter group): its best-round
    /// time, with a whisker for its 95% interval — the ratio's interval times the baseline's best round for a technique
    /// with a baseline, else the interval of its own round values' median. A technique tied with its baseline (ratio interval
    /// spanning 1.00) is drawn in a pale colour and labelled "tie".
    /// </summary>
    public static byte[] BarChart(string suiteName, Comparison comparison)
    {
        BundledFont.Register();
        var rows = comparison.Groups.SelectMany(g => g.Rows.Select(r => (Row: r, g.Baseline))).ToArray();
        if (rows.Length == 0) throw new ArgumentException("a comparison without measured rows has no chart", nameof(comparison));

        var medians = rows.Select(r => r.Row.Best).ToArray();
        var positive = medians.Where(m => m > 0).DefaultIfEmpty(1).ToArray();
        var logScale = positive.Max() / positive.Min() >= LogScaleSpan && medians.All(m => m > 0);
        var unit = Formatting.UnitFor(positive.Min());
        var severalGroups = comparison.Groups.Count > 1;
        double X(double nanoseconds) => logScale ? Math.Log10(nanoseconds / unit.Scale) : nanoseconds / unit.Scale;

        var plot = new Plot();
        var floor = logScale ? Math.Floor(Math.Log10(medians.Min() / unit.Scale)) : 0;
        var bars = rows.Select((row, i) => new Bar
        {
            Position = rows.Length - 1 - i,
            ValueBase = floor,
            Value = X(row.Row.Best),
            FillColor = row.Row.IsBaseline ? BaselineColor : row.Row.Ratio?.IsTie == true ? TieColor : BarColor,
            LineWidth = 0,
            Label = Formatting.Time(row.Row.Best) + (row.Row.Ratio?.IsTie == true ? " (tie)" : ""),
        }).ToArray();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 12;

        var right = bars.Max(b => b.Value);
        for (var i = 0; i < rows.Length; i++)
        {
            if (Whisker(rows[i].Row, rows[i].Baseline) is not { } whisker || !(whisker.Lower > 0)) continue;
            var (low, high, y) = (X(whisker.Lower), X(whisker.Upper), bars[i].Position);
            right = Math.Max(right, high);
            foreach (var (x1, y1, x2, y2) in new[] { (low, y, high, y), (low, y - 0.15, low, y + 0.15), (high, y - 0.15, high, y + 0.15) })
            {
                var line = plot.Add.Line(x1, y1, x2, y2);
                line.LineWidth = 1.5f;
                line.LineColor = WhiskerColor;
            }
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            bars.Select(b => b.Position).ToArray(),
            rows.Select(r => Label(comparison, r.Row, severalGroups)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.Label.Text = (logScale ? "time per operation, best round (log scale)" : $"time per operation, best round ({unit.Unit})") + "; whiskers: 95% interval";
        if (logScale) UseLogTimeTicks(plot.Axes.Bottom, unit.Scale);
        plot.Title($"{suiteName}: {comparison.Name} (grey: baseline; pale: tie with it)");
        plot.Axes.Title.Label.Bold = false;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        // Leave room to the right of the longest bar or whisker for its value label.
        plot.Axes.SetLimitsX(floor, floor + (right - floor) * 1.22);
        plot.Axes.SetLimitsY(-0.6, rows.Length - 0.4);
        return plot.GetImageBytes(Width, 110 + 34 * rows.Length, ImageFormat.Png);
    }

    /// <summary>A row's whisker in nanoseconds: its ratio interval scaled by the baseline's best round, else its own rounds' interval.</summary>
    private static Results.Estimation.MedianInterval? Whisker(Row row, Row? baseline) =>
        row.Ratio?.Interval is { } ratio && baseline is not null
            ? ratio with { Lower = ratio.Lower * baseline.Best, Upper = ratio.Upper * baseline.Best }
            : row.Interval;

    /// <summary>
    /// Best-round time against the size parameter, log-log, one line per technique (and other parameter values):
    /// a slope of 1 is linear growth. Null when the comparison has no size-like parameter.
    /// </summary>
    public static byte[]? ScalingChart(string suiteName, Comparison comparison)
    {
        var size = SizeParameter(comparison);
        if (size is null) return null;
        BundledFont.Register();

        var series = comparison.Rows
            .GroupBy(r => SeriesName(comparison, r, size), StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Points: g
                .Select(r => (Size: r.Benchmark.Parameters.Single(p => p.Name == size).NumericValue!.Value, Time: r.Best))
                .Where(p => p.Time > 0)
                .OrderBy(p => p.Size)
                .ToArray()))
            .Where(s => s.Points.Length >= 2)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
        if (series.Length == 0) return null;

        var unit = Formatting.UnitFor(series.SelectMany(s => s.Points).Min(p => p.Time));
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Length; i++)
        {
            var scatter = plot.Add.Scatter(
                series[i].Points.Select(p => Math.Log10(p.Size)).ToArray(),
                series[i].Points.Select(p => Math.Log10(p.Time / unit.Scale)).ToArray(),
                palette.GetColor(i));
            scatter.LegendText = series[i].Name;
            scatter.LineWidth = 2;
            scatter.MarkerSize = 7;
        }

        var sizes = series.SelectMany(s => s.Points.Select(p => p.Size)).Distinct().Order().ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            sizes.Select(Math.Log10).ToArray(),
            sizes.Select(s => s.ToString("#,0.###", CultureInfo.InvariantCulture)).ToArray());
        UseLogTimeTicks(plot.Axes.Left, unit.Scale);
        plot.Axes.Bottom.Label.Text = $"{size} (log scale)";
        plot.Axes.Left.Label.Text = "time per operation, best round (log scale)";
        plot.Title($"{suiteName}: {comparison.Name}, scaling with {size}");
        plot.Axes.Title.Label.Bold = false;
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Margins(0.08, 0.12);
        return plot.GetImageBytes(Width, 560, ImageFormat.Png);
    }

    /// <summary>
    /// Latency against offered rate for a load comparison: x the offered rate (req/s), y the latency on a log axis, one
    /// line per percentile (<see cref="LoadCase.Percentiles"/>; per line of cases too, when the comparison has several),
    /// each point a case's median over rounds with a whisker from the rounds' min to max.
    /// </summary>
    public static byte[] LatencyChart(string suiteName, Comparison comparison, IReadOnlyList<LoadCase> cases)
    {
        BundledFont.Register();
        var lines = cases.GroupBy(c => c.Series, StringComparer.Ordinal)
            .SelectMany(series => LoadCase.Percentiles.Select(p => (
                Name: series.Key.Length == 0 ? p.Name : $"{p.Name}, {series.Key}",
                // A zero (no completed request) has no place on a log axis.
                Points: series.Select(c => (Rate: c.OfferedRate.Median, Latency: c.Over(p.Pick)))
                    .Where(x => x.Latency is { Median: > 0 })
                    .Select(x => (x.Rate, Latency: x.Latency!))
                    .ToArray())))
            .Where(l => l.Points.Length > 0)
            .ToArray();

        var plot = new Plot();
        var lowest = lines.SelectMany(l => l.Points).Select(p => p.Latency.Median).DefaultIfEmpty(1).Min();
        var unit = Formatting.UnitFor(lowest);
        double Y(double nanoseconds) => Math.Log10(nanoseconds / unit.Scale);
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < lines.Length; i++)
        {
            var color = palette.GetColor(i);
            var points = lines[i].Points;
            var scatter = plot.Add.Scatter(points.Select(p => p.Rate).ToArray(), points.Select(p => Y(p.Latency.Median)).ToArray(), color);
            scatter.LegendText = lines[i].Name;
            scatter.LineWidth = 2;
            scatter.MarkerSize = 7;
            foreach (var (rate, latency) in points.Where(p => p.Latency.Min > 0 && p.Latency.Min < p.Latency.Max))
            {
                var whisker = plot.Add.Line(rate, Y(latency.Min), rate, Y(latency.Max));
                whisker.LineWidth = 1.5f;
                whisker.LineColor = color;
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = rate => rate.ToString("#,0.###", CultureInfo.InvariantCulture),
        };
        UseLogTimeTicks(plot.Axes.Left, unit.Scale);
        plot.Axes.Bottom.Label.Text = "offered rate (requests per second); whiskers: min–max over rounds";
        plot.Axes.Left.Label.Text = "latency from intended start (log scale)";
        plot.Title($"{suiteName}: {comparison.Name}, latency under load");
        plot.Axes.Title.Label.Bold = false;
        if (lines.Length > 0) plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Margins(0.08, 0.12);
        return plot.GetImageBytes(Width, 560, ImageFormat.Png);
    }

    /// <summary>
    /// The parameter a scaling chart is drawn against: numeric and positive in every row, with at least two values, and
    /// either named like a size (Size, Count, Rows, Scale, Length, Items, Bytes, N) or whole numbers spanning at least
    /// 4× (10, 100, 1000 ...), so a ratio or a seed is not taken for a size. Among several: size-like name first, then
    /// the one with most values, then declaration order.
    /// </summary>
    public static string? SizeParameter(Comparison comparison)
    {
        var rows = comparison.Rows.ToArray();
        if (rows.Length == 0) return null;
        return rows[0].Benchmark.Parameters
            .Select((p, index) => (p.Name, Index: index, Values: rows.Select(r => r.Benchmark.Parameters.FirstOrDefault(q => q.Name == p.Name)?.NumericValue).ToArray()))
            .Where(c => c.Values.All(v => v is > 0))
            .Select(c => (c.Name, c.Index, Values: c.Values.Select(v => v!.Value).Distinct().ToArray()))
            .Where(c => c.Values.Length >= 2 && (IsSizeLike(c.Name) || (c.Values.All(v => v == Math.Floor(v)) && c.Values.Max() / c.Values.Min() >= 4)))
            .OrderByDescending(c => IsSizeLike(c.Name))
            .ThenByDescending(c => c.Values.Length)
            .ThenBy(c => c.Index)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static readonly string[] SizeWords = ["size", "count", "rows", "scale", "length", "items", "bytes"];

    private static bool IsSizeLike(string name) =>
        name is "N" or "n" || SizeWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string Label(Comparison comparison, Row row, bool withParameters)
    {
        var technique = comparison.Technique(row) + (row.IsBaseline ? " (baseline)" : "");
        return withParameters && row.Benchmark.Parameters.Count > 0 ? $"{technique} [{row.Benchmark.ParametersText}]" : technique;
    }

    private static string SeriesName(Comparison comparison, Row row, string size)
    {
        var others = row.Benchmark.Parameters.Where(p => p.Name != size).Select(p => $"{p.Name}={p.Value}").ToArray();
        return others.Length == 0 ? comparison.Technique(row) : $"{comparison.Technique(row)} [{string.Join(", ", others)}]";
    }

    /// <summary>
    /// An axis whose coordinates are log10 of a time in units of <paramref name="unitScale"/> nanoseconds: ticks at
    /// powers of ten labelled as times (<c>100 ns</c>, <c>1 μs</c>), log-spaced minor ticks.
    /// </summary>
    private static void UseLogTimeTicks(ScottPlot.IAxis axis, double unitScale)
    {
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = exponent => Formatting.TimeTick(Math.Pow(10, exponent) * unitScale),
        };
    }
}
