namespace PerfLab.Compare;

/// <summary>What makes absolute times comparable: the same processor, OS, runtime and architecture.</summary>
public sealed record MachineSignature(string Processor, string Os, string Runtime, string Architecture)
{
    public static MachineSignature Of(HostEnvironment environment) => new(
        $"{environment.ProcessorName ?? "unknown CPU"} ({environment.PhysicalCoreCount?.ToString() ?? "?"} cores, {environment.LogicalCoreCount?.ToString() ?? "?"} logical)",
        environment.OsVersion ?? "unknown OS",
        environment.RuntimeVersion ?? "unknown runtime",
        environment.Architecture ?? "unknown architecture");

    public override string ToString() => $"{Processor}; {Os}; {Runtime}; {Architecture}";
}
