namespace PerfLab.Results.Exports;

/// <summary>
/// The top-level <c>"PerfLab"</c> block the lab's exporter adds (schema 2; absent in stock BenchmarkDotNet exports). The
/// pre-rounds <c>"Lab"</c> block (schema 1: no run, round or seeds) is read into the same record.
/// </summary>
/// <param name="Commit">The commit measured; empty when the run was not started by run-benchmarks.ps1.</param>
/// <param name="TotalSeconds">BenchmarkDotNet's total time for this export's run (builds included); null in older exports.</param>
/// <param name="HostStartedUtc">When the host process that wrote the export started (one suite run is one host); null in older exports.</param>
/// <param name="HostSeconds">Wall-clock seconds from the host's start to this export; null in older exports.</param>
/// <param name="Engine">The one database engine the run was limited to (<c>--engine</c>, see <see cref="EngineNames"/>); null when it ran every case.</param>
/// <param name="Part">The part of the suite the run was limited to (<c>--part</c>, see <c>LabNames.Parts</c>); null when it ran every comparison.</param>
/// <param name="Machine">
/// <c>PerfLab.Machine</c>: what the machine is (keys <see cref="PerfLab.Machine.MachineIdentity"/>: CPU model, family, microcode, caches, memory,
/// kernel, boot id, hypervisor, huge pages, GC mode), as recorded; null in exports written before the lab recorded it.
/// </param>
/// <param name="Probes">
/// <c>PerfLab.Probes</c>: what the machine costs, measured at the start of the round (keys <see cref="PerfLab.Machine.MachineProbes"/>); null in
/// exports written before the lab measured it.
/// </param>
public sealed record LabInfo(
    string Suite,
    string? Profile,
    string? ProfileDescription,
    string? SqliteVersion,
    string? Commit,
    double? TotalSeconds = null,
    string? HostStartedUtc = null,
    double? HostSeconds = null,
    string? Run = null,
    int? Round = null,
    int? Rounds = null,
    long? RunSeed = null,
    long? Seed = null,
    IReadOnlyList<string>? Order = null,
    IReadOnlyDictionary<string, string>? Skipped = null,
    string? Engine = null,
    IReadOnlyDictionary<string, string>? Machine = null,
    IReadOnlyDictionary<string, double>? Probes = null,
    string? Part = null);
