namespace PerfLab.Reporting.Exports;

/// <summary>
/// The database engines as the bench programs name them (their contract with the report, checked by a test against
/// the bench's own list): a database suite's case names its engine in an <see cref="ParameterName"/> parameter, and a
/// case without one is <see cref="Default"/>'s (the SQLite classes came first and keep their published IDs).
/// </summary>
public static class EngineNames
{
    public const string ParameterName = "Engine";
    public const string Default = "SQLite";

    public static IReadOnlyList<string> All { get; } = [Default, "PostgreSQL"];

    /// <summary>The engine a benchmark measures.</summary>
    public static string Of(BenchmarkResult benchmark) => Of(benchmark.Parameters);

    /// <summary>The engine of a set of parameter values (a benchmark's, or a comparison's parameter set).</summary>
    public static string Of(IReadOnlyList<BenchmarkParameter> parameters) =>
        parameters.FirstOrDefault(p => p.Name == ParameterName)?.Value ?? Default;

    /// <summary>Whether any of the benchmarks names an engine: only then is an engine worth showing.</summary>
    public static bool AnyNamed(IEnumerable<BenchmarkResult> benchmarks) =>
        benchmarks.Any(b => b.Parameters.Any(p => p.Name == ParameterName));
}
