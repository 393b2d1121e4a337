namespace PerfLab.Compare;

/// <summary>Everything the compare command found: what it prints as markdown and writes as JSON.</summary>
/// <param name="Normalized">
/// True when base and diff ran on different machines or runtimes: each benchmark's launches are then divided by its
/// category baseline's median in the same export, and those ratios are compared instead of absolute times.
/// </param>
/// <param name="EnvironmentDifferences">Why <paramref name="Normalized"/> is set, one line per differing field.</param>
/// <param name="Benchmarks">Benchmarks present on both sides, ordered by name.</param>
/// <param name="Added">In diff only.</param>
/// <param name="Removed">In base only.</param>
/// <param name="Failed">Present on both sides but without a measurement on at least one.</param>
public sealed record CompareResult(
    ComparePolicy Policy,
    string BasePath,
    string DiffPath,
    IReadOnlyList<MachineSignature> BaseMachines,
    IReadOnlyList<MachineSignature> DiffMachines,
    bool Normalized,
    IReadOnlyList<string> EnvironmentDifferences,
    IReadOnlyList<BenchmarkVerdict> Benchmarks,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Failed)
{
    public IEnumerable<BenchmarkVerdict> WithVerdict(Verdict verdict) => Benchmarks.Where(b => b.Time?.Verdict == verdict);

    public bool HasRegression => WithVerdict(Verdict.Slower).Any();

    /// <summary>
    /// Geometric mean of the time ratios of every benchmark compared (normalized ratios in normalized mode); null when
    /// none was. Load cases are not in it: their ratio is of a latency p99, another quantity (<see cref="LoadGeometricMeanRatio"/>).
    /// </summary>
    public double? GeometricMeanRatio => GeometricMean(Benchmarks.Where(b => b.Measure is null));

    /// <summary>Geometric mean of the load cases' latency p99 ratios (<see cref="SideBenchmark.LoadMeasure"/>); null when none was compared.</summary>
    public double? LoadGeometricMeanRatio => GeometricMean(Benchmarks.Where(b => b.Measure == SideBenchmark.LoadMeasure));

    private static double? GeometricMean(IEnumerable<BenchmarkVerdict> benchmarks)
    {
        var ratios = benchmarks.Where(b => b.Time is not null).Select(b => b.Time!.Ratio).ToArray();
        return ratios.Length == 0 ? null : Math.Exp(ratios.Average(Math.Log));
    }
}
