using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfLab.Lab;

/// <summary>Validation shared by run and ab, applied before anything is built or run; each failure is one <see cref="LabInputException"/> line.</summary>
public static partial class OptionRules
{
    /// <summary>--suite orm,indexes or --suite orm --suite indexes; none given: every suite. Returned in registry (run) order, once each.</summary>
    public static IReadOnlyList<Suite> Suites(IReadOnlyList<string>? values)
    {
        var names = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (names.Length == 0) return SuiteRegistry.All;
        foreach (var name in names)
        {
            if (SuiteRegistry.Find(name) is null) throw new LabInputException($"unknown suite '{name}' (expected one of: {SuiteRegistry.Names})");
        }
        return SuiteRegistry.All.Where(s => names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
    }

    public static int Seed(int? seed)
    {
        if (seed is null) return RoundPlanner.NewRunSeed();
        if (seed < 0 || seed > RoundPlanner.MaxRunSeed) throw new LabInputException($"--seed {seed}: expected 0 to {RoundPlanner.MaxRunSeed}");
        return seed.Value;
    }

    /// <summary>compare's --threshold, checked here so a typo fails before an hour of A/B rounds, not after.</summary>
    public static string Threshold(string text)
    {
        var number = text.Trim().TrimEnd('%');
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || !(percent > 0) || percent >= 1000)
            throw new LabInputException($"--threshold '{text}': expected a percentage above 0, such as 10%");
        return text;
    }

    /// <summary>compare's --noise: a non-negative time with an optional unit (ns, us, μs, ms, s).</summary>
    public static string Noise(string text)
    {
        if (!NoiseText().IsMatch(text.Trim())) throw new LabInputException($"--noise '{text}': expected a non-negative time such as 1ns or 0.5us");
        return text;
    }

    [GeneratedRegex(@"^\d+(\.\d+)?\s*(ns|us|μs|µs|ms|s)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NoiseText();
}
