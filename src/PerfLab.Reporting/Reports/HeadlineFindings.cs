using System.Text.Json;
using System.Text.Json.Serialization;
using PerfLab.Reporting.Exports;

namespace PerfLab.Reporting.Reports;

/// <summary>
/// One headline question the lab answers, as written in the findings file (<c>bench/findings.json</c>): which two
/// results to divide, and what the answer means for someone choosing. The numbers are never written there: the report
/// measures the ratio from the run, and <see cref="HoldsWhen"/> records the range the meaning was written for, so a run
/// that leaves it is flagged instead of standing next to a text it contradicts.
/// </summary>
public sealed record FindingSpec
{
    /// <summary>The choice, in plain words, e.g. "Read one row by key: EF Core compiled query or Dapper".</summary>
    public required string Question { get; init; }

    public required string Suite { get; init; }

    /// <summary>The comparison (category) on the suite's page.</summary>
    public required string Comparison { get; init; }

    /// <summary>The parameter values, as the page shows them (<c>Rows=1000000</c>); needed when the comparison has several.</summary>
    public string? Parameters { get; init; }

    /// <summary>The technique measured (numerator), as the page names it.</summary>
    public required string Technique { get; init; }

    /// <summary>The technique it is measured against (denominator).</summary>
    public required string Versus { get; init; }

    /// <summary>What the ratio means for the choice: no numbers, they come from the run.</summary>
    public required string Meaning { get; init; }

    public required RatioRange HoldsWhen { get; init; }
}

/// <summary>The ratios (technique ÷ versus) a meaning was written for; either bound may be open.</summary>
public sealed record RatioRange
{
    public double? Above { get; init; }

    public double? Below { get; init; }

    public bool Contains(double ratio) => (Above is not { } low || ratio > low) && (Below is not { } high || ratio < high);

    public override string ToString() => (Above, Below) switch
    {
        ({ } low, { } high) => $"between {Formatting.Ratio(low)} and {Formatting.Ratio(high)}",
        ({ } low, null) => $"above {Formatting.Ratio(low)}",
        (null, { } high) => $"below {Formatting.Ratio(high)}",
        _ => "any ratio",
    };
}

/// <summary>A finding measured: the two rows, their ratio in this run and, with a second run, in that one.</summary>
/// <param name="Ratio">Technique ÷ versus in this run: the median of the pairwise iteration ratios, as the pages' Ratio column.</param>
/// <param name="OtherRunRatio">The same ratio in the second run (from each row's move between the runs); null without one.</param>
public sealed record MeasuredFinding(FindingSpec Spec, SuiteReport Suite, Comparison Comparison, Row Technique, Row Versus, double Ratio, double? OtherRunRatio)
{
    /// <summary>How far the ratio moved in the second run, relative to this run's.</summary>
    public double? RatioMovement => OtherRunRatio / Ratio - 1;

    /// <summary>A dry run's single iterations say nothing about the ratio: its findings are shown, never checked.</summary>
    public bool IsDryRun => Technique.Statistics.N < Stability.MinimumIterations || Versus.Statistics.N < Stability.MinimumIterations;

    public bool Holds => IsDryRun || Spec.HoldsWhen.Contains(Ratio);

    public bool HoldsInOtherRun => OtherRunRatio is not { } other || Spec.HoldsWhen.Contains(other);

    /// <summary>Either row is flagged unstable: the ratio inherits that.</summary>
    public bool IsUnstable => !Technique.Stability.IsStable || !Versus.Stability.IsStable;
}

/// <summary>Loads the findings file and measures each finding against the report's suites.</summary>
public static class HeadlineFindings
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record FindingsFile(IReadOnlyList<FindingSpec> Findings);

    /// <summary>Throws <see cref="ReportInputException"/> (one line) for a missing, malformed or empty file.</summary>
    public static IReadOnlyList<FindingSpec> Load(string path)
    {
        if (!File.Exists(path)) throw new ReportInputException($"{path}: no such findings file");
        FindingsFile? file;
        try
        {
            file = JsonSerializer.Deserialize<FindingsFile>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new ReportInputException($"{path}: malformed findings file ({e.Message})", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException($"{path}: cannot read the findings file ({e.Message})", e);
        }
        if (file?.Findings is not { Count: > 0 } findings) throw new ReportInputException($"{path}: no findings in the file");
        return findings;
    }

    /// <summary>
    /// Each finding whose suite is in the report, measured. A finding naming a comparison, parameter set or technique the
    /// suite does not have is an error (a renamed benchmark must not drop its headline silently); a suite not in the
    /// report (a run of other suites) only skips its findings.
    /// </summary>
    public static IReadOnlyList<MeasuredFinding> Measure(IReadOnlyList<FindingSpec> specs, IReadOnlyList<SuiteReport> suites, string source)
    {
        var measured = new List<MeasuredFinding>();
        foreach (var spec in specs)
        {
            if (suites.FirstOrDefault(s => s.Name == spec.Suite) is not { } suite) continue;
            T Fail<T>(string what) => throw new ReportInputException($"{source}: finding \"{spec.Question}\": {what}");

            var comparison = suite.Comparisons.FirstOrDefault(c => c.Name == spec.Comparison)
                ?? Fail<Comparison>($"suite {spec.Suite} has no comparison {spec.Comparison}");
            var group = spec.Parameters is { } parameters
                ? comparison.Groups.FirstOrDefault(g => g.ParametersText == parameters) ?? Fail<CaseGroup>($"{spec.Comparison} has no parameter set {parameters}")
                : comparison.Groups.Count == 1 ? comparison.Groups[0] : Fail<CaseGroup>($"{spec.Comparison} has {comparison.Groups.Count} parameter sets: name one in \"parameters\"");
            Row Find(string technique) => group.Rows.FirstOrDefault(r => comparison.Technique(r) == technique)
                ?? Fail<Row>($"{spec.Comparison} [{group.ParametersText}] has no measured technique {technique}");
            var technique = Find(spec.Technique);
            var versus = Find(spec.Versus);

            var ratio = RatioEstimate.Between(technique.Statistics.OriginalValues, versus.Statistics.OriginalValues)?.Median
                ?? Fail<double>($"{spec.Versus} has no positive measurements to divide by");
            double? otherRun = technique.Stability.Movement is { } t && versus.Stability.Movement is { } v ? ratio * (1 + t) / (1 + v) : null;
            measured.Add(new MeasuredFinding(spec, suite, comparison, technique, versus, ratio, otherRun));
        }
        return measured;
    }
}
