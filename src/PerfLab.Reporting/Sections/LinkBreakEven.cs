using System.Globalization;

namespace PerfLab.Reporting.Sections;

/// <summary>
/// The api suite's section (<see cref="SuiteSections"/>): under a comparison whose rows carry <see cref="WireBytesMetric"/>
/// (response compression), what each row saves on the wire and costs in time against its group's baseline, and the
/// link speed below which it is a net saving: bytes saved × 8 / extra time. The extra time is the row's pooled ratio
/// (from the rounds, as the table's ratio column) less one, times the baseline's median: the difference of two medians
/// measured in different processes would carry both rows' spread between rounds.
/// </summary>
public sealed class LinkBreakEven : ISuiteSection
{
    /// <summary>The mean response body as sent, in bytes (compressed where the row compresses).</summary>
    public const string WireBytesMetric = "WireBytes";

    public SectionText UnderComparison(Comparison comparison)
    {
        var rows = comparison.Rows.ToArray();
        if (rows.Length == 0 || !rows.All(r => WireBytes(r) is not null) || !comparison.Groups.All(g => g.Baseline is not null)) return SectionText.None;

        var md = new Markdown();
        md.Line($"**Break-even link speed** (from the ratios above and **{WireBytesMetric}**, the mean body as sent): each row " +
                "saves bytes on the wire and spends time compressing and decompressing; on a link slower than the break-even " +
                "speed the bytes saved take longer to send than the extra time, so the row is the faster answer. Measured over " +
                "loopback, one response at a time: it leaves out round trips, TCP slow start and CPU contention under load.").Line();
        md.Table(
            ["Technique", "Parameters", WireBytesMetric, "Saved on the wire", "Extra time", "Break-even link speed"],
            [false, false, true, true, true, true],
            comparison.Groups.SelectMany(g => g.Rows.Where(r => !r.IsBaseline).Select(r => Line(comparison, g, r))).ToArray());
        return new SectionText(md.ToString(), [WireBytesMetric]);
    }

    private static IReadOnlyList<string> Line(Comparison comparison, CaseGroup group, Row row)
    {
        var baseline = group.Baseline!;
        var saved = WireBytes(baseline)!.Value - WireBytes(row)!.Value;
        var extraNanoseconds = row.Ratio is { } ratio ? (ratio.Estimate - 1) * baseline.Best : row.Best - baseline.Best;
        var breakEven = saved <= 0 ? "never (nothing saved)"
            : extraNanoseconds <= 0 ? "any link (no slower here)"
            : Formatting.Significant(saved * 8 / (extraNanoseconds / 1e9) / 1e6) + " Mbit/s";
        return
        [
            comparison.Technique(row), group.Parameters.Count == 0 ? "" : string.Join(", ", group.Parameters.Select(p => $"{p.Name}={p.Value}")),
            Formatting.Bytes(WireBytes(row)!.Value), Formatting.Bytes(saved), extraNanoseconds < 0 ? "−" + Formatting.Time(-extraNanoseconds) : Formatting.Time(extraNanoseconds), breakEven,
        ];
    }

    private static long? WireBytes(Row row) =>
        row.Benchmark.Metrics?.GetValueOrDefault(WireBytesMetric) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes)
            ? bytes
            : null;
}
