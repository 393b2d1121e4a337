namespace PerfLab.Results.Exports;

/// <summary>
/// A case's database engine (names: <see cref="LabNames.Engines"/>, shared with the bench programs): a database suite's
/// case names its engine in an <see cref="ParameterName"/> parameter, and a case without one is <see cref="Default"/>'s
/// (the SQLite classes came first and keep their published IDs).
/// </summary>
public static class EngineNames
{
    public const string ParameterName = LabNames.Engines.ParameterName;
    public const string Default = LabNames.Engines.Sqlite;

    public static IReadOnlyList<string> All => LabNames.Engines.All;

    /// <summary>The engine a benchmark measures.</summary>
    public static string Of(BenchmarkResult benchmark) => Of(benchmark.Parameters);

    /// <summary>The engine of a set of parameter values (a benchmark's, or a comparison's parameter set).</summary>
    public static string Of(IReadOnlyList<BenchmarkParameter> parameters) =>
        parameters.FirstOrDefault(p => p.Name == ParameterName)?.Value ?? Default;

    /// <summary>The engines the benchmarks measure, each once, in the lab's order (<see cref="All"/>; an unknown one last).</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<BenchmarkResult> benchmarks) =>
        benchmarks.Select(Of).Distinct(StringComparer.Ordinal).OrderBy(Order).ThenBy(e => e, StringComparer.Ordinal).ToArray();

    /// <summary>An engine's place in the lab's order (<see cref="All"/>); an unknown engine sorts last.</summary>
    public static int Order(string engine) => All.ToList().IndexOf(engine) is var i and >= 0 ? i : int.MaxValue;
}
