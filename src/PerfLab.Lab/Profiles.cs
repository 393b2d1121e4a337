namespace PerfLab.Lab;

/// <summary>
/// perflab's <c>--profile</c> (the bench programs' profiles, named in <see cref="LabNames.Profiles"/>; how the results
/// profile measures: bench/PerfLab.Bench.Common/results-profile.md) and the round counts of the protocol.
/// </summary>
public static class Profiles
{
    private const string Results = LabNames.Profiles.Results;
    private const string Quick = LabNames.Profiles.Quick;

    /// <summary>
    /// Rounds of a results run unless told otherwise (issue 13: R ≥ 5, chosen from measurement): the count the committed
    /// results were measured with. Two independent runs of 5 rounds moved ratios by a median of 1.3-2.3% (the goal is
    /// 5%), and 5 keep each suite's run within 15 minutes here; the price is a [min, max] interval of 93.8% coverage
    /// (6 rounds reach 96.9%), which the pages state.
    /// </summary>
    public const int DefaultRounds = 5;

    /// <summary>Issue 13's floor: a ratio is pooled over rounds, and with fewer the interval of its median is too wide to tell a tie.</summary>
    public const int MinimumResultsRounds = 5;

    public static int DefaultRoundsOf(string profile) => profile == Quick ? 1 : DefaultRounds;

    public static string Validate(string? profile) => profile?.ToLowerInvariant() switch
    {
        Results => Results,
        Quick => Quick,
        LabNames.Profiles.Retired => throw new BadInputException($"--profile {LabNames.Profiles.Retired} is retired: use --profile {Results} (protocol v2, steady state, rounds)"),
        _ => throw new BadInputException($"--profile '{profile}': expected {Results} or {Quick}"),
    };

    public static int ValidateRounds(int? rounds, string profile)
    {
        var value = rounds ?? DefaultRoundsOf(profile);
        if (value < 1 || value > RoundPlanner.MaxRounds) throw new BadInputException($"--rounds {value}: expected 1 to {RoundPlanner.MaxRounds}");
        if (profile == Results && value < MinimumResultsRounds)
            throw new BadInputException($"--rounds {value}: a results run needs at least {MinimumResultsRounds} rounds (ratios are pooled over rounds; fewer give no useful interval); use --profile quick to try things out");
        return value;
    }
}
