namespace PerfLab.Security.Calibration;

/// <summary>How an algorithm's cost grows with its setting.</summary>
public enum CostGrowth
{
    /// <summary>Cost proportional to the setting (PBKDF2 iterations, Argon2 memory).</summary>
    Linear,

    /// <summary>Cost doubles per step of the setting (bcrypt's work factor).</summary>
    Doubling,
}

/// <summary>
/// The one setting calibration turns for an algorithm, with its range: where the search starts (cheap), the
/// smallest and largest values it may try, the step values are rounded to and how to print a value.
/// </summary>
public sealed record CostKnob(string Name, long Start, long Min, long Max, long Step, CostGrowth Growth, Func<long, string> Describe)
{
    /// <summary>Rounds to the knob's step and clamps to its range.</summary>
    public long Snap(double setting)
    {
        var snapped = (long)Math.Round(setting / Step, MidpointRounding.AwayFromZero) * Step;
        return Math.Clamp(snapped, Min, Max);
    }
}
