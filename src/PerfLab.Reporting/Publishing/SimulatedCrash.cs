namespace PerfLab.Reporting.Publishing;

/// <summary>
/// Fault injection for the publishing tests: thrown from a step hook, it stands for the process being killed at that
/// point, so the publisher's own clean-up (which a killed process would not run) is skipped.
/// </summary>
public sealed class SimulatedCrash : Exception
{
    public SimulatedCrash(string step) : base($"simulated kill before: {step}")
    {
    }
}
