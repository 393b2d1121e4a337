using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfLab.Reporting.Pages;

/// <summary>What the findings file asks of the report: headline findings, and trade-offs to price on the suites' pages.</summary>
public sealed record FindingsDocument(IReadOnlyList<FindingSpec> Findings, IReadOnlyList<BreakEvenSpec> BreakEvens, IReadOnlyList<EngineNoteSpec> Engines);

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

    private sealed record FindingsFile(IReadOnlyList<FindingSpec> Findings, IReadOnlyList<BreakEvenSpec>? BreakEvens, IReadOnlyList<EngineNoteSpec>? Engines);

    /// <summary>The headline findings of the file; see <see cref="LoadDocument"/>.</summary>
    public static IReadOnlyList<FindingSpec> Load(string path) => LoadDocument(path).Findings;

    /// <summary>
    /// The findings file: its headline findings, its trade-offs to price (optional <c>"breakEvens"</c>) and why a
    /// comparison's answer differs between engines (optional <c>"engines"</c>). Throws
    /// <see cref="BadInputException"/> (one line) for a missing, malformed or empty file.
    /// </summary>
    public static FindingsDocument LoadDocument(string path)
    {
        if (!File.Exists(path)) throw new BadInputException($"{path}: no such findings file");
        FindingsFile? file;
        try
        {
            file = JsonSerializer.Deserialize<FindingsFile>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new BadInputException($"{path}: malformed findings file ({e.Message})", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path}: cannot read the findings file ({e.Message})", e);
        }
        if (file?.Findings is not { Count: > 0 } findings) throw new BadInputException($"{path}: no findings in the file");
        foreach (var finding in findings)
        {
            if (finding.Claims is null || finding.Claims.Any(c => c is null))
                throw new BadInputException($"{path}: finding \"{finding.Question}\": \"claims\" must be a list of claims");
            if (finding.Claims.Select(c => c.Problem).OfType<string>().FirstOrDefault() is { } problem)
                throw new BadInputException($"{path}: finding \"{finding.Question}\": {problem}");
            if (FactorWords.Problem(finding) is { } words)
                throw new BadInputException($"{path}: finding \"{finding.Question}\": {words}");
        }
        var breakEvens = file.BreakEvens ?? [];
        if (breakEvens.FirstOrDefault(b => b.Gain is null || b.Costs is not { Count: > 0 } || b.Costs.Any(c => c is null)) is { } incomplete)
            throw new BadInputException($"{path}: break-even \"{incomplete.Question}\": needs a \"gain\" and a non-empty list of \"costs\"");
        var engines = file.Engines ?? [];
        if (engines.FirstOrDefault(e => e is null || string.IsNullOrWhiteSpace(e.Suite) || string.IsNullOrWhiteSpace(e.Comparison) || string.IsNullOrWhiteSpace(e.Why)) is { } bad)
            throw new BadInputException($"{path}: engines note {bad?.Comparison ?? "(empty)"}: needs a \"suite\", a \"comparison\" and a \"why\"");
        return new FindingsDocument(findings, breakEvens, engines);
    }

    /// <summary>
    /// Each finding whose suite is in the report, measured. A finding whose comparison, parameter set or rows the run did
    /// not measure (skipped rows, a failed case) is kept as "not measured in this run" with the reason; a technique the
    /// comparison does not have at all (a renamed benchmark) is bad input, so a headline never drops silently. Findings
    /// of suites not in the report (a run of other suites) are skipped.
    /// </summary>
    public static IReadOnlyList<MeasuredFinding> Measure(IReadOnlyList<FindingSpec> specs, IReadOnlyList<SuiteReport> suites, string source)
    {
        var measured = new List<MeasuredFinding>();
        foreach (var spec in specs)
        {
            if (suites.FirstOrDefault(s => s.Name == spec.Suite) is not { } suite) continue;
            T Fail<T>(string what) => throw new BadInputException($"{source}: finding \"{spec.Question}\": {what}");

            var recorded = suite.Exports.Select(e => e.Lab?.Skipped?.GetValueOrDefault(spec.Comparison)).FirstOrDefault(r => r is not null);
            if (suite.Comparisons.FirstOrDefault(c => c.Name == spec.Comparison) is not { } comparison)
            {
                measured.Add(MeasuredFinding.Unmeasured(spec, suite, null, recorded is not null
                    ? $"{spec.Comparison} was skipped: {recorded}"
                    : $"the run has no comparison {spec.Comparison} (its benchmarks were filtered out or failed; see the run's log)"));
                continue;
            }

            if (comparison.NoTimes is { } noTimes) Fail<string>(noTimes);
            var (group, problem) = comparison.GroupOf(spec.Parameters);
            if (problem is not null) Fail<string>(problem);
            // A parameter set the run did not measure (another engine's, skipped without its server) may hold techniques
            // no other set has: it is not measured, not a renamed benchmark.
            if (group is null)
            {
                measured.Add(MeasuredFinding.Unmeasured(spec, suite, comparison, $"{spec.Comparison} was not measured with {spec.Parameters} in this run" +
                    (recorded is null ? "" : $" ({recorded})")));
                continue;
            }
            if (comparison.UnknownTechnique(spec.Claims.SelectMany(c => c.Techniques).Append(spec.Technique).Append(spec.Versus)) is { } unknown) Fail<string>(unknown);
            var technique = comparison.Find(group, spec.Technique);
            var versus = comparison.Find(group, spec.Versus);
            if (technique is null || versus is null)
            {
                var missing = technique is null ? spec.Technique : spec.Versus;
                measured.Add(MeasuredFinding.Unmeasured(spec, suite, comparison,
                    $"{missing} has no result{(group.Parameters.Count == 0 ? "" : $" at {group.ParametersText}")} in this run (it failed or was skipped)"));
                continue;
            }

            var ratio = technique.RatioTo(versus) ?? Fail<PooledRatio>($"{spec.Technique} and {spec.Versus} share no measured round");
            var reproduced = suite.Reproduced(comparison) is { } other && other.Case(technique) is { } t && other.Case(versus) is { } v
                ? t.RatioTo(v)
                : null;
            var failed = technique.IsDryRun || versus.IsDryRun
                ? []
                : spec.Claims.SelectMany(claim => ClaimCheck.Failures(claim, comparison, group)).ToArray();
            measured.Add(new MeasuredFinding(spec, suite, comparison, technique, versus, ratio, reproduced, null, failed));
        }
        return measured;
    }

}
