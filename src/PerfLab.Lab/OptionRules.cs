namespace PerfLab.Lab;

/// <summary>Validation shared by run and ab, applied before anything is built or run; each failure is one <see cref="BadInputException"/> line.</summary>
public static class OptionRules
{
    /// <summary>--suite orm,indexes or --suite orm --suite indexes; none given: every suite. Returned in registry (run) order, once each.</summary>
    public static IReadOnlyList<Suite> Suites(IReadOnlyList<string>? values)
    {
        var names = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        if (names.Length == 0) return SuiteRegistry.All;
        foreach (var name in names)
        {
            if (SuiteRegistry.Find(name) is null) throw new BadInputException($"unknown suite '{name}' (expected one of: {SuiteRegistry.Names})");
        }
        return SuiteRegistry.All.Where(s => names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToArray();
    }

    public static int Seed(int? seed)
    {
        if (seed is null) return RoundPlanner.NewRunSeed();
        if (seed < 0 || seed > RoundPlanner.MaxRunSeed) throw new BadInputException($"--seed {seed}: expected 0 to {RoundPlanner.MaxRunSeed}");
        return seed.Value;
    }
}
