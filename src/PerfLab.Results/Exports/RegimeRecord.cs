namespace PerfLab.Results.Exports;

/// <summary>
/// One measured iteration (workload <c>Actual</c>, in order) as the lab's per-benchmark <c>PerfLab.Regime</c> block
/// records it: its operations and what the process paid during it besides the work, page faults and garbage collections.
/// Absent in exports written before the lab recorded it.
/// </summary>
/// <param name="MinorFaults">Page faults served without I/O (first touch of fresh memory); null when not recorded.</param>
/// <param name="MajorFaults">Page faults that waited for I/O; null when not recorded.</param>
public sealed record RegimeRecord(long Operations, long? MinorFaults, long? MajorFaults, int? Gen0, int? Gen1, int? Gen2);
