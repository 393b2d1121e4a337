namespace PerfLab.Lab;

/// <summary>Where a whole run of one suite stands in run.json.</summary>
public enum RunStatus
{
    Running,
    Finished,
    Failed,
    Interrupted,
}
