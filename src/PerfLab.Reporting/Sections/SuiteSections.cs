namespace PerfLab.Reporting.Sections;

/// <summary>
/// Which suite contributes which sections to its page (<see cref="ISuiteSection"/>): the only place a suite's own page
/// content is wired. The security suite adds the attacker table under its password comparisons, the queries suite its
/// break-even points after its comparisons, the api suite the link speed at which compression pays.
/// </summary>
public static class SuiteSections
{
    /// <summary>Suite name → the factories of its sections, in page order.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<Func<SectionInputs, ISuiteSection>>> Registered =
        new Dictionary<string, IReadOnlyList<Func<SectionInputs, ISuiteSection>>>(StringComparer.Ordinal)
        {
            [LabNames.Suites.Security] = [_ => new AttackerTable()],
            [LabNames.Suites.Queries] = [inputs => BreakEven.Section(LabNames.Suites.Queries, inputs)],
            [LabNames.Suites.Api] = [_ => new LinkBreakEven()],
        };

    /// <summary>
    /// Every suite's sections for this report, made (and their input checked) before anything is written. A break-even
    /// in the findings file for a suite whose page has no break-even section would never be shown: bad input.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ISuiteSection>> Create(
        IReadOnlyDictionary<string, IReadOnlyList<Func<SectionInputs, ISuiteSection>>> registered, SectionInputs inputs)
    {
        var sections = inputs.Suites.ToDictionary(
            s => s.Name,
            s => (IReadOnlyList<ISuiteSection>)(registered.GetValueOrDefault(s.Name) ?? []).Select(create => create(inputs)).ToArray(),
            StringComparer.Ordinal);
        foreach (var spec in inputs.Findings?.BreakEvens ?? [])
        {
            if (sections.TryGetValue(spec.Suite, out var own) && !own.OfType<BreakEven>().Any())
                throw new BadInputException($"{inputs.FindingsPath}: break-even \"{spec.Question}\": the {spec.Suite} page has no break-even section (register one in SuiteSections)");
        }
        return sections;
    }

    /// <summary>A suite's sections, none when it registers none.</summary>
    public static IReadOnlyList<ISuiteSection> Of(IReadOnlyDictionary<string, IReadOnlyList<ISuiteSection>> sections, SuiteReport suite) =>
        sections.GetValueOrDefault(suite.Name) ?? [];
}
