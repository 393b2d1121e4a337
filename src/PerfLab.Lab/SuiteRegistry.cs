namespace PerfLab.Lab;

/// <summary>
/// The lab's suites, in run order: the ONE place a suite is registered. The script, .ci/run and the benchmarks
/// workflow read this list through <c>perflab suites</c>; a new suite adds one line here, its bench project and its findings.
/// </summary>
public static class SuiteRegistry
{
    public static readonly IReadOnlyList<Suite> All =
    [
        new("orm", "bench/PerfLab.Bench.Orm"),
        new("indexes", "bench/PerfLab.Bench.Indexes"),
        new("serialization", "bench/PerfLab.Bench.Serialization"),
        new("deserialization", "bench/PerfLab.Bench.Deserialization"),
        new("caching", "bench/PerfLab.Bench.Caching"),
        new("security", "bench/PerfLab.Bench.Security"),
        new("queries", "bench/PerfLab.Bench.Queries"),
        new("transactions", "bench/PerfLab.Bench.Transactions"),
    ];

    public static Suite? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(s => s.Name));
}
