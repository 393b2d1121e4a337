using System.Globalization;

namespace PerfLab.Compare;

/// <summary>Invariant number formats shared by the verdict reasons and the markdown.</summary>
internal static class CompareText
{
    /// <summary><c>10%</c>, <c>96.8%</c>, <c>4.2%</c>.</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Ratio(double ratio) => ratio.ToString("0.000", CultureInfo.InvariantCulture);
}
