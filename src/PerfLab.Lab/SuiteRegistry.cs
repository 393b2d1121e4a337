namespace PerfLab.Lab;

/// <summary>
/// The lab's suites, in run order: the ONE place a suite is registered. The script, .ci/run and the benchmarks workflow
/// read this list through <c>perflab suites</c>; a new suite adds its name to <see cref="LabNames.Suites"/>, one line
/// here, its bench project and its findings.
/// </summary>
public static class SuiteRegistry
{
    public static readonly IReadOnlyList<Suite> All =
    [
        new(LabNames.Suites.Orm, "bench/PerfLab.Bench.Orm"),
        new(LabNames.Suites.Indexes, "bench/PerfLab.Bench.Indexes"),
        new(LabNames.Suites.Serialization, "bench/PerfLab.Bench.Serialization"),
        new(LabNames.Suites.Deserialization, "bench/PerfLab.Bench.Deserialization"),
        new(LabNames.Suites.Caching, "bench/PerfLab.Bench.Caching"),
        new(LabNames.Suites.Security, "bench/PerfLab.Bench.Security"),
        new(LabNames.Suites.Queries, "bench/PerfLab.Bench.Queries"),
        new(LabNames.Suites.Transactions, "bench/PerfLab.Bench.Transactions"),
        new(LabNames.Suites.Api, "bench/PerfLab.Bench.Api"),
    ];

    public static Suite? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(s => s.Name));
}
