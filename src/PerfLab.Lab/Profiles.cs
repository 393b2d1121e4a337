namespace PerfLab.Lab;

/// <summary>The bench programs' profiles (CONTRACT §1) and the round counts of the protocol.</summary>
public static class Profiles
{
    /// <summary>Protocol v2: the only profile whose runs may be published into results/.</summary>
    public const string Results = "results";

    /// <summary>BenchmarkDotNet's Dry job in process: proves every case runs; its times mean nothing.</summary>
    public const string Quick = "quick";

    /// <summary>Rounds of a results run unless told otherwise (issue 13: R ≥ 5, chosen from measurement).</summary>
    public const int DefaultRounds = 6;

    /// <summary>Issue 13's floor: a ratio is pooled over rounds, and with fewer the interval of its median is too wide to tell a tie.</summary>
    public const int MinimumResultsRounds = 5;

    public static int DefaultRoundsOf(string profile) => profile == Quick ? 1 : DefaultRounds;

    public static string Validate(string? profile) => profile?.ToLowerInvariant() switch
    {
        Results => Results,
        Quick => Quick,
        "default" => throw new LabInputException("--profile default is retired: use --profile results (protocol v2, steady state, rounds)"),
        _ => throw new LabInputException($"--profile '{profile}': expected results or quick"),
    };

    public static int ValidateRounds(int? rounds, string profile)
    {
        var value = rounds ?? DefaultRoundsOf(profile);
        if (value < 1 || value > RoundPlanner.MaxRounds) throw new LabInputException($"--rounds {value}: expected 1 to {RoundPlanner.MaxRounds}");
        if (profile == Results && value < MinimumResultsRounds)
            throw new LabInputException($"--rounds {value}: a results run needs at least {MinimumResultsRounds} rounds (ratios are pooled over rounds; fewer give no useful interval); use --profile quick to try things out");
        return value;
    }
}
