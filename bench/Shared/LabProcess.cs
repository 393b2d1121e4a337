using System.Runtime.CompilerServices;

namespace PerfLab.Bench;

/// <summary>
/// Runs when a suite's assembly is first used in a process: in BenchmarkDotNet's benchmark process, before the engine
/// starts, so the regime of every measured iteration is recorded (<see cref="PerfLab.Machine.RegimeMonitor"/>).
/// </summary>
internal static class LabProcess
{
    // CA2255 warns libraries off module initializers; a suite's assembly is only ever loaded to be measured.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Start() => PerfLab.Machine.RegimeMonitor.Start();
}
