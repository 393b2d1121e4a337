namespace PerfLab.Lab;

/// <summary>Where one round of one suite stands in run.json; only <see cref="Ok"/> rounds (with their export present) are kept by --resume.</summary>
public enum RoundStatus
{
    Pending,
    Running,
    Ok,
    Failed,
    Interrupted,
}
