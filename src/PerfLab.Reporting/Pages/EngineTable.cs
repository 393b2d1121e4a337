namespace PerfLab.Reporting.Pages;

/// <summary>
/// Why one comparison's answer differs between database engines, as the findings file says it (<c>"engines"</c>): the
/// sentence under the comparison's side-by-side table. Prose only; the ratios come from the run.
/// </summary>
public sealed record EngineNoteSpec(string Suite, string Comparison, string Why);

/// <summary>
/// A comparison measured on more than one database engine (<see cref="EngineNames"/>): each technique's ratio to its
/// own engine's baseline, one column per parameter set, engines side by side, then why they differ. The ratios are the
/// page's own (each within its parameter set): a ratio is comparable across engines, a time would mix their per-query
/// fixed costs.
/// </summary>
public static class EngineTable
{
    public static bool Applies(Comparison comparison) => !comparison.IsLoad && Engines(comparison).Count > 1;

    /// <summary>The engines a comparison's rows measure, in the lab's order (<see cref="EngineNames.All"/>).</summary>
    public static IReadOnlyList<string> Engines(Comparison comparison) => EngineNames.Distinct(comparison.Rows.Select(r => r.Benchmark));

    /// <summary>
    /// The notes of the report's comparisons measured on several engines, by comparison name. Throws
    /// <see cref="BadInputException"/> for such a comparison the file says nothing of (a side-by-side table never stands
    /// without its why); a note for a comparison the input does not measure is left unused.
    /// </summary>
    public static IReadOnlyDictionary<(string Suite, string Comparison), string> Resolve(IReadOnlyList<EngineNoteSpec> notes, IReadOnlyList<SuiteReport> suites, string source)
    {
        var resolved = new Dictionary<(string, string), string>();
        foreach (var note in notes)
        {
            if (suites.FirstOrDefault(s => s.Name == note.Suite) is not { } suite) continue;
            // Not measured in this input (a run of one part, a --filter): the note waits for a run that measures it. That a
            // note names a real comparison is the suites' tests' to check (SuiteShape.AssertEngineNotesNameComparisonsOf).
            if (suite.Comparisons.All(c => c.Name != note.Comparison)) continue;
            if (!resolved.TryAdd((note.Suite, note.Comparison), note.Why))
                throw new BadInputException($"{source}: engines note for {note.Suite} {note.Comparison} is given twice");
        }
        foreach (var suite in suites)
        {
            foreach (var comparison in suite.Comparisons.Where(Applies))
            {
                if (!resolved.ContainsKey((suite.Name, comparison.Name)))
                    throw new BadInputException($"{source}: {suite.Name} {comparison.Name} is measured on {string.Join(" and ", Engines(comparison))}: add an \"engines\" note saying why their answers differ");
            }
        }
        return resolved;
    }

    /// <param name="why">The note; null when the report was made without a findings file.</param>
    internal static void Write(Markdown md, Comparison comparison, string? why)
    {
        var groups = comparison.Groups.Where(g => g.Baseline is not null)
            .OrderBy(g => EngineNames.Order(EngineNames.Of(g.Parameters)))
            .ToArray();
        if (groups.Select(g => EngineNames.Of(g.Parameters)).Distinct(StringComparer.Ordinal).Count() < 2) return;

        // A column is an engine, and the parameters that tell its sets apart (Transport=UnixSocket), when it has several.
        var varying = groups.SelectMany(g => g.Parameters)
            .Where(p => p.Name != EngineNames.ParameterName)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Where(p => p.Select(v => v.Value).Distinct(StringComparer.Ordinal).Count() > 1 || p.Count() < groups.Length)
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
        string Column(CaseGroup group)
        {
            var details = group.Parameters.Where(p => varying.Contains(p.Name)).Select(p => $"{p.Name}={p.Value}").ToArray();
            return EngineNames.Of(group.Parameters) + (details.Length == 0 ? "" : $" ({string.Join(", ", details)})");
        }

        // Techniques in the order of the first set's rows (fastest first), then those only another engine has.
        var techniques = groups.SelectMany(g => g.Rows).Select(comparison.Technique).Distinct(StringComparer.Ordinal).ToArray();
        md.Line("**Engines side by side**: each technique's ratio to the baseline of its own engine and parameters.").Line();
        md.Table(
            ["Technique", .. groups.Select(Column)],
            [false, .. groups.Select(_ => true)],
            techniques.Select(technique => (IReadOnlyList<string>)[technique, .. groups.Select(g => Cell(comparison, g, technique))]));
        if (why is not null) md.Line($"Why they differ: {why}").Line();
    }

    private static string Cell(Comparison comparison, CaseGroup group, string technique) =>
        comparison.Find(group, technique) is not { } row ? "–"
        : row.IsBaseline ? "1.00 (baseline)"
        : row.Ratio is { } ratio ? Formatting.PooledRatio(ratio)
        : "–";
}
