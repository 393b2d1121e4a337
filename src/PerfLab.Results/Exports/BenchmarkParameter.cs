using System.Globalization;

namespace PerfLab.Results.Exports;

/// <summary>One <c>[Params]</c> value, as text (BenchmarkDotNet exports parameters as text).</summary>
public sealed record BenchmarkParameter(string Name, string Value)
{
    /// <summary>The value as a number when it is one (invariant culture), for scaling charts.</summary>
    public double? NumericValue =>
        double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
