using PerfLab.Machine;

namespace PerfLab.Bench.Common;

/// <summary>
/// Where a case that calls a server runs (<see cref="CpuPlacement"/>): its setup calls <see cref="Enter"/> once the
/// server is up, which moves the case process to the benchmark's CPUs when split and prints the placement read back
/// from the kernel for the exporter (the export's <c>Placement</c>, shown on the page).
/// </summary>
public static class ServerPlacement
{
    /// <param name="server">The server the case calls, as the page names it ("PostgreSQL", "Redis").</param>
    /// <param name="serverProcesses">The server's processes, to read their CPUs back.</param>
    public static void Enter(string server, IEnumerable<int> serverProcesses)
    {
        // The host runs setups too (its metrics): pinned, it would pass its CPU on to every case process it starts.
        if (LabRunner.Profile is not null) return;
        var placement = CpuPlacement.Current;
        placement.PinThisProcess();
        CpuPlacement.Report(placement.ReadBack(server, serverProcesses));
    }
}
